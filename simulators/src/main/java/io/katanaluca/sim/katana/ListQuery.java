package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.QueryString;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** The paging and filter parameters of a Katana list request, validated as Katana does. */
final class ListQuery {

    static final int DEFAULT_LIMIT = 50;
    /** Larger limits are clamped silently, not rejected (Katana's documented behaviour). */
    static final int MAX_LIMIT = 250;

    private final int limit;
    private final int page;
    private final boolean includeDeleted;
    private final Predicate<KatanaRecord> filter;

    private ListQuery(int limit, int page, boolean includeDeleted, Predicate<KatanaRecord> filter) {
        this.limit = limit;
        this.page = page;
        this.includeDeleted = includeDeleted;
        this.filter = filter;
    }

    static ListQuery parse(QueryString query, KatanaResource resource) throws BadQueryException {
        int limit = Math.min(positiveInt(query, "limit", DEFAULT_LIMIT), MAX_LIMIT);
        int page = positiveInt(query, "page", 1);
        boolean includeDeleted = bool(query, "include_deleted");
        boolean includeArchived = bool(query, "include_archived");
        Predicate<KatanaRecord> filter = r -> (includeDeleted || !r.deleted()) && (includeArchived || !r.archived());
        filter = filter.and(longs(query, "ids", KatanaRecord::id))
                .and(timeRange(query, "created_at", KatanaRecord::createdAt))
                .and(timeRange(query, "updated_at", KatanaRecord::updatedAt));
        if (resource == KatanaResource.VARIANTS) {
            filter = filter.and(texts(query, "sku", r -> r.text("sku")))
                    .and(longs(query, "product_id", r -> r.number("product_id")))
                    .and(longs(query, "material_id", r -> r.number("material_id")));
        }
        return new ListQuery(limit, page, includeDeleted, filter);
    }

    int limit() {
        return limit;
    }

    int page() {
        return page;
    }

    boolean includeDeleted() {
        return includeDeleted;
    }

    boolean matches(KatanaRecord record) {
        return filter.test(record);
    }

    private static int positiveInt(QueryString query, String name, int fallback) throws BadQueryException {
        Optional<String> text = query.first(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get().trim());
            if (value < 1) {
                throw new BadQueryException(name, "minimum", name + " should be >= 1");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadQueryException(name, "type", name + " should be integer");
        }
    }

    private static boolean bool(QueryString query, String name) throws BadQueryException {
        String text = query.first(name).orElse("false").trim();
        if (!text.equals("true") && !text.equals("false")) {
            throw new BadQueryException(name, "type", name + " should be boolean");
        }
        return Boolean.parseBoolean(text);
    }

    private static Predicate<KatanaRecord> longs(QueryString query, String name, Function<KatanaRecord, Long> field)
            throws BadQueryException {
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

    private static Predicate<KatanaRecord> texts(QueryString query, String name, Function<KatanaRecord, String> field) {
        Set<String> wanted = new HashSet<>(query.all(name));
        return wanted.isEmpty() ? r -> true : r -> wanted.contains(field.apply(r));
    }

    /** {@code <prefix>_min} is inclusive, {@code <prefix>_max} too. */
    private static Predicate<KatanaRecord> timeRange(QueryString query, String prefix,
            Function<KatanaRecord, Instant> field) throws BadQueryException {
        Optional<Instant> min = instant(query, prefix + "_min");
        Optional<Instant> max = instant(query, prefix + "_max");
        return r -> min.map(m -> !field.apply(r).isBefore(m)).orElse(true)
                && max.map(m -> !field.apply(r).isAfter(m)).orElse(true);
    }

    private static Optional<Instant> instant(QueryString query, String name) throws BadQueryException {
        Optional<String> text = query.first(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Timestamps.parse(text.get())
                .orElseThrow(() -> new BadQueryException(name, "format", name + " should be an ISO-8601 date-time")));
    }
}
