package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import tools.jackson.databind.node.ObjectNode;

/** Katana's error bodies: {@code {"statusCode","name","message"}} at the top level. */
final class KatanaErrors {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private KatanaErrors() {
    }

    static HttpReply unauthorized() {
        return error(401, "UnauthorizedError", "Unauthorized");
    }

    static HttpReply notFound() {
        return error(404, "NotFoundError", "Not found");
    }

    static HttpReply tooManyRequests() {
        return error(429, "TooManyRequests", "Too Many Requests");
    }

    static HttpReply internal() {
        return error(500, "InternalServerError", "Internal Server Error");
    }

    /** Shaped like Katana's validation errors, with one Ajv-style detail for the bad parameter. */
    static HttpReply badQuery(BadQueryException problem) {
        ObjectNode body = body(400, "BadRequestError", "The request query is invalid. " + problem.getMessage());
        body.put("code", "VALIDATION_FAILED");
        ObjectNode detail = body.putArray("details").addObject();
        detail.put("path", "." + problem.parameter());
        detail.put("code", problem.code());
        detail.put("message", problem.getMessage());
        return json(400, body);
    }

    static HttpReply badBody(String message) {
        return error(422, "UnprocessableEntityError", message);
    }

    static HttpReply json(int status, Object body) {
        return HttpReply.json(status, CONTENT_TYPE, body);
    }

    private static HttpReply error(int status, String name, String message) {
        return json(status, body(status, name, message));
    }

    private static ObjectNode body(int status, String name, String message) {
        ObjectNode body = Json.object();
        body.put("statusCode", status);
        body.put("name", name);
        body.put("message", message);
        return body;
    }
}
