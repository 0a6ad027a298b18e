package io.katanaluca.sim.luca;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Luca's range filters: {@code <prefix>Bas} and {@code <prefix>Bit} inclusive bounds, either
 * optional, and {@code <prefix>Op} "between" (default) or "eq" (exactly {@code <prefix>Bas}).
 * Used by every list action that filters, so all of them read a range alike.
 */
final class RangeFilter {

    private RangeFilter() {
    }

    /**
     * Throws IllegalArgumentException with Luca's message for an operator it does not know or a
     * bound {@code parse} cannot read.
     */
    static <R, T extends Comparable<? super T>> Predicate<R> range(JsonNode filter, String prefix, Function<R, T> field,
            Function<String, T> parse) {
        String from = filter.path(prefix + "Bas").asString("");
        String to = filter.path(prefix + "Bit").asString("");
        String op = filter.path(prefix + "Op").asString("between");
        if (op.equals("eq")) {
            T wanted = parse.apply(from);
            return item -> field.apply(item).compareTo(wanted) == 0;
        }
        if (!op.equals("between")) {
            throw new IllegalArgumentException("Geçersiz operatör: " + op);
        }
        T low = from.isBlank() ? null : parse.apply(from);
        T high = to.isBlank() ? null : parse.apply(to);
        return item -> (low == null || field.apply(item).compareTo(low) >= 0)
                && (high == null || field.apply(item).compareTo(high) <= 0);
    }

    /** Plain string comparison, as Luca compares codes. */
    static <R> Predicate<R> textRange(JsonNode filter, String prefix, Function<R, String> field) {
        return range(filter, prefix, field, Function.identity());
    }

    /** dd/MM/yyyy bounds; one that is not a date is refused naming the field. */
    static <R> Predicate<R> dateRange(JsonNode filter, String prefix, Function<R, LocalDate> field) {
        return range(filter, prefix, field, text -> LucaFields.date(text)
                .orElseThrow(() -> new IllegalArgumentException("[" + prefix + "] alanı dd/MM/yyyy formatında olmalıdır.")));
    }
}
