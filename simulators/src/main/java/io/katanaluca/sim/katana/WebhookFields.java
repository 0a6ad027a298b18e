package io.katanaluca.sim.katana;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The fields of a validated create or update body; null where the body left a field out. */
record WebhookFields(String url, List<String> subscribedEvents, Boolean enabled, String description) {

    static WebhookFields of(JsonNode body) {
        List<String> events = null;
        if (body.has("subscribed_events")) {
            events = new ArrayList<>();
            for (JsonNode event : body.get("subscribed_events")) {
                events.add(event.asString());
            }
        }
        Boolean enabled = body.has("enabled") ? body.get("enabled").asBoolean() : null;
        return new WebhookFields(text(body, "url"), events, enabled, text(body, "description"));
    }

    /** A new webhook: enabled unless the body says otherwise, as Katana does. */
    KatanaWebhook create(long id, String token, Instant now) {
        return new KatanaWebhook(id, url, token, enabled == null || enabled, description, subscribedEvents, now, now);
    }

    /** A partial update: what the body left out stays as it was. */
    KatanaWebhook applyTo(KatanaWebhook webhook, Instant now) {
        return new KatanaWebhook(webhook.id(), url == null ? webhook.url() : url, webhook.token(),
                enabled == null ? webhook.enabled() : enabled,
                description == null ? webhook.description() : description,
                subscribedEvents == null ? webhook.subscribedEvents() : subscribedEvents, webhook.createdAt(), now);
    }

    private static String text(JsonNode body, String field) {
        return body.has(field) ? body.get(field).asString() : null;
    }
}
