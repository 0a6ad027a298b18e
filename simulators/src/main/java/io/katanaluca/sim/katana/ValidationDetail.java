package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entry of a Katana 422's {@code details}: an Ajv error with the instance path
 * ({@code .url}, {@code .subscribed_events[2]}), the keyword as code and its params as info.
 */
record ValidationDetail(String path, String code, String message, ObjectNode info) {

    static ValidationDetail required(String field) {
        return new ValidationDetail("." + field, "required", "should have required property '" + field + "'",
                Json.object().put("missingProperty", field));
    }

    static ValidationDetail additionalProperty(String field) {
        return new ValidationDetail("." + field, "additionalProperties", "should NOT have additional properties",
                Json.object().put("additionalProperty", field));
    }

    static ValidationDetail type(String path, String type) {
        return new ValidationDetail(path, "type", "should be " + type, Json.object().put("type", type));
    }

    static ValidationDetail pattern(String path, String pattern) {
        return new ValidationDetail(path, "pattern", "should match pattern \"" + pattern + "\"",
                Json.object().put("pattern", pattern));
    }

    static ValidationDetail format(String path, String format) {
        return new ValidationDetail(path, "format", "should match format \"" + format + "\"",
                Json.object().put("format", format));
    }

    static ValidationDetail oneOf(String path, List<String> allowed) {
        ObjectNode info = Json.object();
        allowed.forEach(info.putArray("allowedValues")::add);
        return new ValidationDetail(path, "enum", "should be equal to one of the allowed values", info);
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("path", path);
        json.put("code", code);
        json.put("message", message);
        json.set("info", info);
        return json;
    }
}
