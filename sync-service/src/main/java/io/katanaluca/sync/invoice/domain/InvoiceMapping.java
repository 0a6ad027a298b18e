package io.katanaluca.sync.invoice.domain;

/**
 * What the write of a Katana order's invoice left in Luca, from the durable mapping table:
 * Luca's {@code ssFaturaBaslikId} and {@code belgeNo}, and the payload sent with its hash.
 */
public record InvoiceMapping(long orderId, long ssFaturaBaslikId, String belgeNo, String payloadHash, InvoiceDraft payload) {
}
