package io.katanaluca.sync.invoice.domain;

import io.katanaluca.sync.record.Action;
import java.util.List;

/**
 * What a run will do with one Katana order. An invoice is never updated or sent twice: an order
 * that changed after invoicing is CHANGED, reported NOT_UPDATED with the fields that differ.
 *
 * @param ssFaturaBaslikId the invoice Luca holds for it, if any
 * @param linksExisting    Luca already held an invoice with this {@code belgeTakipNo}: the mapping is recorded, nothing written
 * @param changedFields    for CHANGED, Luca's names of the fields that differ
 */
public record InvoicePlan(MappedInvoice invoice, Action action, Long ssFaturaBaslikId, String belgeNo, String payloadHash, String reason,
        boolean linksExisting, List<String> changedFields) {

    public InvoicePlan {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    public boolean isWrite() {
        return action == Action.CREATE;
    }
}
