package io.katanaluca.sim.luca;

import java.util.Objects;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The filter of ListeleFtrSsFaturaBaslik.do, shaped like Luca's order-list filter (the invoice one
 * is unverified): {@code {"ftrSsFaturaBaslik":{"gnlOrgSsBelge":{…}},"parUstHareketTuru":16}} with,
 * in {@code gnlOrgSsBelge}, inclusive ranges {@code belgeTakipNoBas/Bit/Op} (plain string
 * comparison; an invoice without a tracking number has "") and {@code belgeTarihiBas/Bit/Op}
 * (dd/MM/yyyy), and {@code belgeSeri} (exact). {@code parUstHareketTuru}, when sent, must be the
 * configured sales movement type for sales invoices to show; any other type lists none (the
 * simulator holds no other documents).
 */
final class InvoiceFilter {

    private InvoiceFilter() {
    }

    /** Throws IllegalArgumentException with Luca's message for an unknown operator or an unreadable date. */
    static Predicate<StoredInvoice> parse(JsonNode body, long salesMovementType) {
        JsonNode type = body.path("parUstHareketTuru");
        if (!LucaFields.isBlank(type) && LucaFields.longValue(type) != salesMovementType) {
            return invoice -> false;
        }
        JsonNode document = body.path("ftrSsFaturaBaslik").path("gnlOrgSsBelge");
        if (!document.isObject()) {
            return invoice -> true;
        }
        Predicate<StoredInvoice> filter = RangeFilter.textRange(document, "belgeTakipNo",
                invoice -> Objects.requireNonNullElse(invoice.belgeTakipNo(), ""));
        filter = filter.and(RangeFilter.dateRange(document, "belgeTarihi", StoredInvoice::belgeTarihi));
        String series = document.path("belgeSeri").asString("");
        return series.isBlank() ? filter : filter.and(invoice -> invoice.belgeSeri().equals(series));
    }
}
