package io.katanaluca.sync.luca;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Luca's JSON, read leniently: it spells the same field several ways and sends ids as numbers or
 * strings. Lenient about spelling only; a value that is there but unusable is reported, not guessed.
 */
final class LucaJson {

    // Prices as 12.50, never 1.25E+1: Luca's parser is not known to take exponents. Amounts read
    // (an invoice's totals) stay the decimals Luca wrote, never doubles.
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private LucaJson() {
    }

    static String write(Map<String, ?> body) {
        return MAPPER.writeValueAsString(body);
    }

    /** A body without its null fields: Luca is sent only the fields meant. */
    static Map<String, Object> withoutNulls(Map<String, Object> body) {
        body.values().removeIf(value -> value == null);
        return body;
    }

    /** The body as JSON, or empty if it is not JSON at all (an HTML page, a Struts error text, nothing). */
    static Optional<JsonNode> read(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readTree(body));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** The first of {@code names} that holds a non-blank scalar, as text. */
    static Optional<String> text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isValueNode() && !value.isNull() && !value.asString().isBlank()) {
                return Optional.of(value.asString());
            }
        }
        return Optional.empty();
    }

    /** The first of {@code names} that holds a whole number, given as a JSON number or as a numeric string. */
    static OptionalLong id(JsonNode node, String... names) {
        Optional<String> text = text(node, names);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.get()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The first of {@code names} that holds a decimal, given as a JSON number or as a numeric string. */
    static Optional<BigDecimal> decimal(JsonNode node, String... names) {
        Optional<String> text = text(node, names);
        try {
            return text.map(value -> new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The first array in the reply: the reply itself, or the first array-valued field of an object. */
    static Optional<JsonNode> firstArray(JsonNode reply) {
        if (reply.isArray()) {
            return Optional.of(reply);
        }
        return reply.values().stream().filter(JsonNode::isArray).findFirst();
    }

    static boolean isErrorFlagSet(JsonNode reply) {
        JsonNode error = reply.get("error");
        return error != null && (error.asBoolean(false) || "true".equalsIgnoreCase(error.asString("")));
    }

    /** Luca's own message, if the reply carries one (for telling a person what Luca said). */
    static Optional<String> message(JsonNode reply) {
        return reply.isObject() ? text(reply, "message", "mesaj") : Optional.empty();
    }

    /** A reply's {@code code} field as a number, if it has one. */
    static OptionalLong code(JsonNode reply) {
        return reply.isObject() ? id(reply, "code") : OptionalLong.empty();
    }
}
