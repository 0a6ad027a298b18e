package io.katanaluca.sim.katana;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The registered webhooks, ids from 1. Thread-safe; webhooks are immutable values. */
final class WebhookRegistry {

    private final Map<Long, KatanaWebhook> webhooks = new TreeMap<>();
    private final Clock clock;
    private long lastId;

    WebhookRegistry(Clock clock) {
        this.clock = clock;
    }

    synchronized KatanaWebhook create(WebhookFields fields) {
        KatanaWebhook webhook = fields.create(++lastId, WebhookSignature.newToken(), now());
        webhooks.put(webhook.id(), webhook);
        return webhook;
    }

    synchronized Optional<KatanaWebhook> update(long id, WebhookFields fields) {
        return find(id).map(webhook -> {
            KatanaWebhook updated = fields.applyTo(webhook, now());
            webhooks.put(id, updated);
            return updated;
        });
    }

    synchronized boolean delete(long id) {
        return webhooks.remove(id) != null;
    }

    synchronized Optional<KatanaWebhook> find(long id) {
        return Optional.ofNullable(webhooks.get(id));
    }

    /** Oldest first. */
    synchronized List<KatanaWebhook> all() {
        return List.copyOf(webhooks.values());
    }

    /** Katana's timestamps carry milliseconds; keep the Java view equal to the JSON one. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
