package io.katanaluca.sim.luca;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The {@code stkSkart} filter of ListeleStkSkart.do: code range ({@code kodBas}, {@code kodBit},
 * {@code kodOp} "between" or "eq"), creation-date range ({@code eklemeTarihi...}) and {@code skartId}.
 * Bounds are inclusive; codes compare as plain strings.
 */
final class StockCardFilter {

    /** Luca is a Turkish system: "added on" dates are Istanbul dates. */
    private static final ZoneId LUCA_ZONE = ZoneId.of("Europe/Istanbul");

    private StockCardFilter() {
    }

    /** Throws IllegalArgumentException with Luca's message for an operator it does not know. */
    static Predicate<StoredStockCard> parse(JsonNode stkSkart) {
        Predicate<StoredStockCard> filter = card -> true;
        if (!stkSkart.isObject()) {
            return filter;
        }
        filter = filter.and(range(stkSkart, "kod", StoredStockCard::kartKodu, text -> text));
        filter = filter.and(range(stkSkart, "eklemeTarihi", StockCardFilter::addedOn, StockCardFilter::date));
        if (stkSkart.hasNonNull("skartId")) {
            long id = StockCardRules.longValue(stkSkart.get("skartId"));
            filter = filter.and(card -> card.skartId() == id);
        }
        return filter;
    }

    private static <T extends Comparable<T>> Predicate<StoredStockCard> range(JsonNode filter, String prefix,
            Function<StoredStockCard, T> field, Function<String, T> parse) {
        String from = filter.path(prefix + "Bas").asString("");
        String to = filter.path(prefix + "Bit").asString("");
        String op = filter.path(prefix + "Op").asString("between");
        if (op.equals("eq")) {
            T wanted = parse.apply(from);
            return card -> field.apply(card).compareTo(wanted) == 0;
        }
        if (!op.equals("between")) {
            throw new IllegalArgumentException("Geçersiz operatör: " + op);
        }
        T low = from.isBlank() ? null : parse.apply(from);
        T high = to.isBlank() ? null : parse.apply(to);
        return card -> (low == null || field.apply(card).compareTo(low) >= 0)
                && (high == null || field.apply(card).compareTo(high) <= 0);
    }

    private static LocalDate addedOn(StoredStockCard card) {
        return card.createdAt().atZone(LUCA_ZONE).toLocalDate();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim(), StockCardRules.DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("[eklemeTarihi] alanı dd/MM/yyyy formatında olmalıdır.", e);
        }
    }
}
