package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.QueryString;
import java.time.Instant;
import java.util.Optional;
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

    /** {@code resource} null: paging and the common filters only (webhooks bring their own). */
    static ListQuery parse(QueryString query, KatanaResource resource) throws BadQueryException {
        int limit = Math.min(positiveInt(query, "limit", DEFAULT_LIMIT), MAX_LIMIT);
        int page = positiveInt(query, "page", 1);
        boolean includeDeleted = bool(query, "include_deleted");
        boolean includeArchived = bool(query, "include_archived");
        Predicate<KatanaRecord> filter = r -> (includeDeleted || !r.deleted()) && (includeArchived || !r.archived());
        filter = filter.and(QueryFilters.longs(query, "ids", KatanaRecord::id))
                .and(timeRange(query, "created_at", KatanaRecord::createdAt))
                .and(timeRange(query, "updated_at", KatanaRecord::updatedAt))
                .and(ResourceFilters.of(query, resource));
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
