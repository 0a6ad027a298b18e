package io.katanaluca.sim.katana;

import java.time.Instant;
import java.util.Comparator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One served record with the fields the list filters need already parsed. The JSON is never
 * modified once wrapped: the catalogue copies on write, so concurrent readers need no lock.
 */
record KatanaRecord(long id, Instant createdAt, Instant updatedAt, boolean deleted, boolean archived,
        ObjectNode json) {

    /** Katana lists newest first; the id breaks ties so paging is stable. */
    static final Comparator<KatanaRecord> NEWEST_FIRST = Comparator.comparing(KatanaRecord::createdAt)
            .thenComparingLong(KatanaRecord::id)
            .reversed();

    static KatanaRecord of(ObjectNode json, boolean ownerArchived) {
        return new KatanaRecord(json.path("id").asLong(), instant(json, "created_at"), instant(json, "updated_at"),
                isSet(json, "deleted_at"), ownerArchived || isSet(json, "archived_at"), json);
    }

    static boolean isSet(JsonNode json, String field) {
        return json.hasNonNull(field);
    }

    private static Instant instant(JsonNode json, String field) {
        return Timestamps.parse(json.path(field).asString(null)).orElse(Instant.EPOCH);
    }

    String text(String field) {
        return json.path(field).asString(null);
    }

    long number(String field) {
        return json.path(field).asLong(0);
    }
}
