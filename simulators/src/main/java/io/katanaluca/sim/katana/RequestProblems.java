package io.katanaluca.sim.katana;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * Collects what is wrong with an admin request body, every problem rather than the first,
 * each as {@code <path>: <what>} (e.g. {@code sales_order_rows[1].quantity: must be a number >= 0}).
 */
final class RequestProblems {

    private final List<String> problems = new ArrayList<>();

    void add(String path, String problem) {
        problems.add(path + ": " + problem);
    }

    /** The body must be a JSON object with only these fields; returns whether it is an object. */
    boolean onlyFields(JsonNode body, String path, Set<String> allowed) {
        if (body == null || !body.isObject()) {
            add(path.isEmpty() ? "body" : path, "must be a JSON object");
            return false;
        }
        body.propertyNames().stream().filter(name -> !allowed.contains(name)).sorted()
                .forEach(name -> add(path + name, "is not a field Katana accepts here"));
        return true;
    }

    /**
     * Checks each object of the array in {@code field} (only {@code fields}, then {@code check} with
     * its path, e.g. {@code rows[2].}); {@code atLeastOne}: the array is required and not empty.
     */
    void each(JsonNode body, String field, boolean atLeastOne, Set<String> fields, BiConsumer<JsonNode, String> check) {
        JsonNode array = body.get(field);
        if (array == null && !atLeastOne) {
            return;
        }
        if (array == null || !array.isArray() || (atLeastOne && array.isEmpty())) {
            add(field, atLeastOne ? "must be an array of at least one" : "must be an array");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = field + "[" + i + "].";
            if (onlyFields(array.get(i), path, fields)) {
                check.accept(array.get(i), path);
            }
        }
    }

    void required(JsonNode body, String path, String field) {
        if (!body.hasNonNull(field)) {
            add(path + field, "is required");
        }
    }

    /** Absent and null pass; otherwise a whole number. Returns the value, or -1. */
    long id(JsonNode value, String path) {
        if (value == null || value.isNull()) {
            return -1;
        }
        if (!value.isIntegralNumber() || value.asLong() < 1) {
            add(path, "must be a whole number >= 1, not " + value);
            return -1;
        }
        return value.asLong();
    }

    /** Absent and null pass; otherwise a number (or numeric string) of at least {@code min}. */
    void decimal(JsonNode value, String path, BigDecimal min) {
        if (value != null && !value.isNull()
                && Decimals.of(value).filter(number -> number.compareTo(min) >= 0).isEmpty()) {
            add(path, "must be a number >= " + min.toPlainString() + ", not " + value);
        }
    }

    void oneOf(JsonNode value, String path, List<String> allowed) {
        if (value != null && !allowed.contains(value.asString(""))) {
            add(path, "must be one of " + String.join(", ", allowed) + ", not " + value);
        }
    }

    void text(JsonNode value, String path) {
        if (value != null && !value.isNull() && !value.isString()) {
            add(path, "must be a string, not " + value);
        }
    }

    void dateTime(JsonNode value, String path) {
        if (value != null && !value.isNull() && Timestamps.parse(value.asString("")).isEmpty()) {
            add(path, "must be an ISO-8601 date-time, not " + value);
        }
    }

    /** Throws the problems found, as the admin endpoints answer 422. */
    void throwIfAny(String what) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid " + what + ": " + String.join("; ", problems));
        }
    }
}
