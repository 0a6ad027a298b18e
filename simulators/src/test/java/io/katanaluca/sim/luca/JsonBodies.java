package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.Json;
import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** The changes every request-body builder of these tests offers; {@code B} is the builder itself. */
abstract class JsonBodies<B extends JsonBodies<B>> {

    final ObjectNode body;

    JsonBodies(ObjectNode body) {
        this.body = body;
    }

    B with(String field, String value) {
        body.put(field, value);
        return self();
    }

    B with(String field, int value) {
        body.put(field, value);
        return self();
    }

    B with(String field, BigDecimal value) {
        body.put(field, value);
        return self();
    }

    B withNull(String field) {
        body.putNull(field);
        return self();
    }

    B without(String field) {
        body.remove(field);
        return self();
    }

    String json() {
        return Json.text(body);
    }

    /** The body as the Java seeding methods ({@code addInvoice(Map)} and the like) take it. */
    @SuppressWarnings("unchecked")
    Map<String, Object> fields() {
        return Json.MAPPER.convertValue(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
