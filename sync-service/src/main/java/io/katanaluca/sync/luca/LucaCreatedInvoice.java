package io.katanaluca.sync.luca;

/** What Luca answered to a stored sales invoice: its id and the number it gave it in the series. */
public record LucaCreatedInvoice(long ssFaturaBaslikId, String belgeNo) {
}
