package io.katanaluca.sync.invoice.domain;

import java.util.List;

/**
 * One Katana order after mapping: the invoice draft, or the reason it cannot be sent (every line
 * problem at once, so one look fixes them all), and what the mapping left out.
 */
public record MappedInvoice(long orderId, String orderNo, String belgeTakipNo, InvoiceDraft draft, String invalidReason, List<String> warnings) {

    public MappedInvoice {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static MappedInvoice valid(long orderId, String orderNo, InvoiceDraft draft, List<String> warnings) {
        return new MappedInvoice(orderId, orderNo, draft.belgeTakipNo(), draft, null, warnings);
    }

    static MappedInvoice invalid(long orderId, String orderNo, String reason) {
        return new MappedInvoice(orderId, orderNo, trackingNumberOf(orderId), null, reason, List.of());
    }

    /** Luca's {@code belgeTakipNo} for a Katana order: how the invoice is found again. */
    public static String trackingNumberOf(long orderId) {
        return "KATANA-SO-" + orderId;
    }

    public boolean isValid() {
        return draft != null;
    }
}
