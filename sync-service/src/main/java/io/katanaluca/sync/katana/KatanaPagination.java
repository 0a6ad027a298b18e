package io.katanaluca.sync.katana;

import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Katana's {@code X-Pagination} header. On the wire every value is a string ({@code "2319"},
 * {@code "true"}) while the docs say numbers and booleans, so both are read; a missing or
 * unreadable header just means "unknown", and paging falls back to short-page detection.
 */
record KatanaPagination(OptionalInt totalPages, OptionalLong totalRecords, boolean isLastPageFlagged) {

    static final KatanaPagination UNKNOWN = new KatanaPagination(OptionalInt.empty(), OptionalLong.empty(), false);

    static KatanaPagination parse(String header) {
        if (header == null || header.isBlank()) {
            return UNKNOWN;
        }
        try {
            return fromJson(KatanaJson.MAPPER.readTree(header));
        } catch (JacksonException unreadable) {
            return UNKNOWN;
        }
    }

    boolean isLastPage(int page, int itemCount, int limit) {
        return isLastPageFlagged || page >= totalPages.orElse(Integer.MAX_VALUE) || itemCount < limit;
    }

    private static KatanaPagination fromJson(JsonNode json) {
        OptionalLong totalPages = number(json.path("total_pages"));
        return new KatanaPagination(
                totalPages.isPresent() ? OptionalInt.of((int) totalPages.getAsLong()) : OptionalInt.empty(),
                number(json.path("total_records")),
                "true".equalsIgnoreCase(json.path("last_page").asString("").trim()));
    }

    private static OptionalLong number(JsonNode value) {
        try {
            return value.isValueNode() ? OptionalLong.of(Long.parseLong(value.asString().trim())) : OptionalLong.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }
}
