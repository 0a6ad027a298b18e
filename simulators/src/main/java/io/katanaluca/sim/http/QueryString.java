package io.katanaluca.sim.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed query string; a key may repeat ({@code ids=1&ids=2}). */
public final class QueryString {

    private final Map<String, List<String>> values;

    private QueryString(Map<String, List<String>> values) {
        this.values = values;
    }

    public static QueryString parse(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                addPair(values, pair);
            }
        }
        return new QueryString(values);
    }

    private static void addPair(Map<String, List<String>> values, String pair) {
        if (pair.isEmpty()) {
            return;
        }
        int equals = pair.indexOf('=');
        String key = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The first value of a key. */
    public Optional<String> first(String key) {
        List<String> list = values.get(key);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** All values of a key, also splitting comma-separated ones ({@code ids=1,2}). */
    public List<String> all(String key) {
        List<String> result = new ArrayList<>();
        for (String value : values.getOrDefault(key, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.trim());
                }
            }
        }
        return result;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }
}
