package io.katanaluca.sync.luca;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Luca list reply: a bare array, or an object holding it under whatever key this endpoint
 * uses ({@code list}, {@code stkSkart}, {@code data}, ...). A reply with no array is a failed call,
 * never an empty list: the earlier system read failures as "Luca has nothing" and re-created
 * everything (pain point 5.13). Likewise a row it cannot read fails the listing rather than vanish.
 */
final class LucaListReader {

    private LucaListReader() {
    }

    static <T> List<T> read(JsonNode reply, String endpoint, String what, Function<JsonNode, T> row) {
        JsonNode items = LucaJson.firstArray(reply).orElseThrow(() -> LucaFailures.retryable(endpoint,
                "Luca returned no " + what + " list" + LucaJson.message(reply).map(m -> " (" + m + ")").orElse("")));
        List<T> rows = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            rows.add(readRow(item, endpoint, what, row));
        }
        return rows;
    }

    private static <T> T readRow(JsonNode item, String endpoint, String what, Function<JsonNode, T> row) {
        T value = item.isObject() ? row.apply(item) : null;
        if (value == null) {
            throw LucaFailures.retryable(endpoint, "Luca listed a " + what + " without an id or code: " + abbreviate(item));
        }
        return value;
    }

    private static String abbreviate(JsonNode item) {
        String text = item.toString();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
