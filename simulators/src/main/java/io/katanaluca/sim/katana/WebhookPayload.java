package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body Katana posts: {@code {"resource_type","action","webhook_id","object":{"id","status","href"}}}.
 * The object is only a reference to fetch; {@code status} only where the record has one,
 * {@code href} left out on delete events.
 */
final class WebhookPayload {

    private WebhookPayload() {
    }

    static byte[] body(long webhookId, CatalogueEvent event, String baseUrl) {
        ObjectNode body = Json.object();
        body.put("resource_type", event.resourceType());
        body.put("action", event.action());
        body.put("webhook_id", webhookId);
        ObjectNode object = body.putObject("object");
        object.put("id", event.objectId());
        if (event.status() != null) {
            object.put("status", event.status());
        }
        if (!event.isDelete()) {
            object.put("href", baseUrl + "/" + event.resourceType() + "s/" + event.objectId());
        }
        return Json.bytes(body);
    }
}
