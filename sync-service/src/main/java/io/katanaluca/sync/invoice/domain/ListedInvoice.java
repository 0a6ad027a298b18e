package io.katanaluca.sync.invoice.domain;

/** An invoice as {@code ListeleFtrSsFaturaBaslik.do} lists it, found by its {@code belgeTakipNo}. */
public record ListedInvoice(long ssFaturaBaslikId, String belgeNo, String belgeTakipNo) {
}
