package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.QueryString;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Builds one list filter from one query parameter, rejecting values Katana's gateway would
 * reject (400, Ajv-style detail). An absent parameter matches everything.
 */
final class QueryFilters {

    private QueryFilters() {
    }

    /** Repeated or comma-separated integers ({@code ids=1&ids=2}, {@code ids=1,2}). */
    static <T> Predicate<T> longs(QueryString query, String name, Function<T, Long> field) throws BadQueryException {
        if (query.all(name).isEmpty()) {
            return r -> true;
        }
        Set<Long> wanted = new HashSet<>();
        for (String text : query.all(name)) {
            try {
                wanted.add(Long.parseLong(text));
            } catch (NumberFormatException e) {
                throw new BadQueryException(name, "type", name + " should be integer");
            }
        }
        return r -> wanted.contains(field.apply(r));
    }

    /** Exact text, repeated or comma-separated. */
    static <T> Predicate<T> texts(QueryString query, String name, Function<T, String> field) {
        Set<String> wanted = new HashSet<>(query.all(name));
        return wanted.isEmpty() ? r -> true : r -> wanted.contains(field.apply(r));
    }

    /** One value of an enum; anything else is a 400 {@code enum} naming the allowed values. */
    static <T> Predicate<T> oneOf(QueryString query, String name, List<String> allowed, Function<T, String> field)
            throws BadQueryException {
        Optional<String> text = query.first(name).map(String::trim);
        if (text.isPresent() && !allowed.contains(text.get())) {
            throw new BadQueryException(name, "enum",
                    name + " should be equal to one of the allowed values: " + String.join(", ", allowed));
        }
        return r -> text.map(wanted -> wanted.equals(field.apply(r))).orElse(true);
    }

    /** Text that must match a regular expression, e.g. a currency code. */
    static <T> Predicate<T> matching(QueryString query, String name, String pattern, Function<T, String> field)
            throws BadQueryException {
        Optional<String> text = query.first(name).map(String::trim);
        if (text.isPresent() && !text.get().matches(pattern)) {
            throw new BadQueryException(name, "pattern", name + " should match pattern \"" + pattern + "\"");
        }
        return r -> text.map(wanted -> wanted.equals(field.apply(r))).orElse(true);
    }

    static <T> Predicate<T> bool(QueryString query, String name, Predicate<T> field) throws BadQueryException {
        Optional<Boolean> wanted = optionalBool(query, name);
        return r -> wanted.map(w -> field.test(r) == w).orElse(true);
    }

    /** A number compared by value ({@code rate=20} matches {@code 20.0}). */
    static <T> Predicate<T> decimal(QueryString query, String name, Function<T, BigDecimal> field)
            throws BadQueryException {
        Optional<String> text = query.first(name).map(String::trim);
        if (text.isEmpty()) {
            return r -> true;
        }
        BigDecimal wanted = Decimals.parse(text.get())
                .orElseThrow(() -> new BadQueryException(name, "type", name + " should be number"));
        return r -> field.apply(r) != null && field.apply(r).compareTo(wanted) == 0;
    }

    static Optional<Boolean> optionalBool(QueryString query, String name) throws BadQueryException {
        Optional<String> text = query.first(name).map(String::trim);
        if (text.isPresent() && !text.get().equals("true") && !text.get().equals("false")) {
            throw new BadQueryException(name, "type", name + " should be boolean");
        }
        return text.map(Boolean::parseBoolean);
    }
}
