package io.katanaluca.sync.invoice.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One Katana order (or one delivery of it) after mapping: the invoice draft, or the reason it
 * cannot be sent (every line problem at once, so one look fixes them all), and what the mapping
 * left out.
 *
 * @param deliveryId the Katana fulfillment invoiced on its own (PER_DELIVERY); null for a whole order
 */
public record MappedInvoice(long orderId, String orderNo, String belgeTakipNo, InvoiceDraft draft, String invalidReason, List<String> warnings,
        Long deliveryId) {

    public MappedInvoice {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static MappedInvoice valid(long orderId, String orderNo, InvoiceDraft draft, List<String> warnings, Long deliveryId) {
        return new MappedInvoice(orderId, orderNo, draft.belgeTakipNo(), draft, null, warnings, deliveryId);
    }

    static MappedInvoice invalid(long orderId, String orderNo, String reason, Long deliveryId) {
        return new MappedInvoice(orderId, orderNo, trackingNumberOf(orderId, deliveryId), null, reason, List.of(), deliveryId);
    }

    /** The same, failed for {@code reason}. */
    public MappedInvoice failed(String reason) {
        return new MappedInvoice(orderId, orderNo, belgeTakipNo, null, reason, warnings, deliveryId);
    }

    /** The same with these warnings added. */
    public MappedInvoice warned(List<String> more) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new MappedInvoice(orderId, orderNo, belgeTakipNo, draft, invalidReason, all, deliveryId);
    }

    /** Luca's {@code belgeTakipNo} for a Katana order: how the invoice is found again. */
    public static String trackingNumberOf(long orderId) {
        return "KATANA-SO-" + orderId;
    }

    /** Luca's {@code belgeTakipNo} for a Katana order's delivery ({@code KATANA-SO-<order>-D<fulfillment>}), or the whole order's. */
    public static String trackingNumberOf(long orderId, Long deliveryId) {
        return deliveryId == null ? trackingNumberOf(orderId) : trackingNumberOf(orderId) + "-D" + deliveryId;
    }

    /** The record a run stages: the delivery when one is invoiced on its own, else the order. */
    public long recordId() {
        return deliveryId == null ? orderId : deliveryId;
    }

    public boolean isValid() {
        return draft != null;
    }
}
