package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The webhook part of {@code /_sim/}: what is registered and what was delivered. */
final class WebhookAdminHandler {

    static final String PREFIX = "/_sim/webhook";

    private final WebhookService webhooks;

    WebhookAdminHandler(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    HttpReply handle(String method, String path, String body) {
        return switch (method + " " + path) {
            case "GET /_sim/webhooks" -> KatanaErrors.json(200, registered());
            case "GET /_sim/webhook-deliveries" -> KatanaErrors.json(200, deliveries());
            case "POST /_sim/webhook-deliveries/reset" -> reset();
            case "POST /_sim/webhook-deliveries/duplicate-next" -> duplicateNext(body);
            default -> KatanaErrors.notFound();
        };
    }

    private ArrayNode registered() {
        ArrayNode array = Json.array();
        webhooks.webhooks().forEach(webhook -> array.add(webhook.toJson()));
        return array;
    }

    private ObjectNode deliveries() {
        ObjectNode json = Json.object();
        json.set("stats", Json.MAPPER.valueToTree(webhooks.stats()));
        ArrayNode attempts = json.putArray("attempts");
        webhooks.deliveries().forEach(attempt -> attempts.add(attempt.toJson()));
        return json;
    }

    private HttpReply reset() {
        webhooks.resetDeliveries();
        return noContent();
    }

    /** {@code {"count": n}}: the next n deliveries are sent twice. */
    private HttpReply duplicateNext(String body) {
        try {
            JsonNode count = Json.parse(body).path("count");
            if (!count.isIntegralNumber() || count.asInt() < 0) {
                return KatanaErrors.badBody("Expected {\"count\": <whole number >= 0>}");
            }
            webhooks.duplicateNext(count.asInt());
            return noContent();
        } catch (JacksonException e) {
            return KatanaErrors.badBody(e.getOriginalMessage());
        }
    }

    private static HttpReply noContent() {
        return HttpReply.of(204, KatanaErrors.CONTENT_TYPE, new byte[0]);
    }
}
