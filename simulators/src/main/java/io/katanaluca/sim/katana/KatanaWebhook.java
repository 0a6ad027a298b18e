package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A registered webhook as Katana shows it.
 *
 * @param token            the signing secret: 16 lowercase hex characters
 * @param description      null when none was given
 * @param subscribedEvents event names such as {@code product.updated}
 */
public record KatanaWebhook(long id, String url, String token, boolean enabled, String description,
        List<String> subscribedEvents, Instant createdAt, Instant updatedAt) {

    public KatanaWebhook {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
        subscribedEvents = List.copyOf(subscribedEvents);
    }

    public boolean isSubscribedTo(String event) {
        return subscribedEvents.contains(event);
    }

    /** Whether a catalogue event is delivered to this webhook. */
    boolean wants(CatalogueEvent event) {
        return enabled && isSubscribedTo(event.action());
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("url", url);
        json.put("token", token);
        json.put("enabled", enabled);
        json.put("description", description);
        subscribedEvents.forEach(json.putArray("subscribed_events")::add);
        json.put("created_at", Timestamps.format(createdAt));
        json.put("updated_at", Timestamps.format(updatedAt));
        return json;
    }
}
