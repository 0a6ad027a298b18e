package io.katanaluca.sync.invoice.domain;

import io.katanaluca.sync.record.Action;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides per order: CREATE the invoice Luca does not have; UNCHANGED when it has it (by mapping,
 * or found by {@code belgeTakipNo} and linked, so a retry after a lost reply never duplicates it);
 * CHANGED when the order differs from what was invoiced, since an invoice is never rewritten;
 * INVALID when it cannot be mapped. An invalid order that was invoiced already stays UNCHANGED-safe:
 * it is reported CHANGED, never created again.
 */
public final class InvoicePlanner {

    private final InvoiceDirectory luca;

    public InvoicePlanner(InvoiceDirectory luca) {
        this.luca = luca;
    }

    public InvoicePlan plan(MappedInvoice invoice, Optional<InvoiceMapping> mapping) {
        if (!invoice.isValid()) {
            return planInvalid(invoice, mapping);
        }
        String hash = InvoicePayloadHash.of(invoice.draft());
        if (mapping.isPresent()) {
            return planKnown(invoice, mapping.get(), hash);
        }
        return luca.byTrackingNumber(invoice.belgeTakipNo())
                .map(listed -> new InvoicePlan(invoice, Action.UNCHANGED, listed.ssFaturaBaslikId(), listed.belgeNo(), hash, null, true, List.of()))
                .orElseGet(() -> new InvoicePlan(invoice, Action.CREATE, null, null, hash, null, false, List.of()));
    }

    private static InvoicePlan planInvalid(MappedInvoice invoice, Optional<InvoiceMapping> mapping) {
        if (mapping.isEmpty()) {
            return new InvoicePlan(invoice, Action.INVALID, null, null, null, invoice.invalidReason(), false, List.of());
        }
        InvoiceMapping known = mapping.get();
        return new InvoicePlan(invoice, Action.CHANGED, known.ssFaturaBaslikId(), known.belgeNo(), known.payloadHash(),
                notUpdatedReason(known, "the order can no longer be invoiced as it stands (" + invoice.invalidReason() + ")", List.of()), false,
                List.of());
    }

    private static InvoicePlan planKnown(MappedInvoice invoice, InvoiceMapping mapping, String hash) {
        if (mapping.payloadHash().equals(hash)) {
            return new InvoicePlan(invoice, Action.UNCHANGED, mapping.ssFaturaBaslikId(), mapping.belgeNo(), hash, null, false, List.of());
        }
        List<String> fields = differing(mapping.payload().fields(), invoice.draft().fields());
        return new InvoicePlan(invoice, Action.CHANGED, mapping.ssFaturaBaslikId(), mapping.belgeNo(), hash,
                notUpdatedReason(mapping, "the order changed after it was invoiced", fields), false, fields);
    }

    /** The reason of the outcome NOT_UPDATED: which invoice, what happened and which fields differ. */
    static String notUpdatedReason(InvoiceMapping mapping, String what, List<String> fields) {
        String differing = fields.isEmpty() ? "" : "; differing fields: " + String.join(", ", fields);
        return "Luca invoice " + Objects.toString(mapping.belgeNo(), "?") + " (ssFaturaBaslikId " + mapping.ssFaturaBaslikId()
                + ") not updated: " + what + differing + ". An issued invoice is corrected in Luca by hand (a return or a cancellation).";
    }

    /** The reason of the outcome NOT_DELETED: the order is gone from Katana, its invoice stays. */
    public static String deletedReason(InvoiceMapping mapping) {
        return notUpdatedReason(mapping, "the order was deleted in Katana; the invoice was not cancelled", List.of());
    }

    static List<String> differing(Map<String, String> before, Map<String, String> after) {
        return Stream.concat(after.keySet().stream(), before.keySet().stream().filter(field -> !after.containsKey(field))).distinct()
                .filter(field -> !Objects.equals(before.get(field), after.get(field))).toList();
    }
}
