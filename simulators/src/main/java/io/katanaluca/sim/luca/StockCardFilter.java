package io.katanaluca.sim.luca;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The {@code stkSkart} filter of ListeleStkSkart.do: code range ({@code kodBas}, {@code kodBit},
 * {@code kodOp} "between" or "eq"), creation-date range ({@code eklemeTarihi...}) and {@code skartId}.
 * Bounds are inclusive; codes compare as plain strings.
 */
final class StockCardFilter {

    /** Luca is a Turkish system: "added on" dates are Istanbul dates. */
    static final ZoneId LUCA_ZONE = ZoneId.of("Europe/Istanbul");

    private StockCardFilter() {
    }

    /** Throws IllegalArgumentException with Luca's message for an operator it does not know. */
    static Predicate<StoredStockCard> parse(JsonNode stkSkart) {
        Predicate<StoredStockCard> filter = card -> true;
        if (!stkSkart.isObject()) {
            return filter;
        }
        filter = filter.and(RangeFilter.textRange(stkSkart, "kod", StoredStockCard::kartKodu));
        filter = filter.and(RangeFilter.dateRange(stkSkart, "eklemeTarihi", StockCardFilter::addedOn));
        if (stkSkart.hasNonNull("skartId")) {
            long id = LucaFields.longValue(stkSkart.get("skartId"));
            filter = filter.and(card -> card.skartId() == id);
        }
        return filter;
    }

    private static LocalDate addedOn(StoredStockCard card) {
        return card.createdAt().atZone(LUCA_ZONE).toLocalDate();
    }
}
