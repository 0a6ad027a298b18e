package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/** The webhook feature of one simulator: registry, API, delivery and what tests observe. */
final class WebhookService implements AutoCloseable {

    private final KatanaCatalogue catalogue;
    private final WebhookRegistry registry = new WebhookRegistry(Clock.systemUTC());
    private final WebhookValidator validator;
    private final WebhookDeliveryLog log = new WebhookDeliveryLog();
    private final PendingDeliveries pending = new PendingDeliveries();
    private final DuplicateDecider duplicates;
    private final WebhookSender sender;
    private final WebhookDispatcher dispatcher;

    WebhookService(KatanaSimulatorConfig config, KatanaCatalogue catalogue, Supplier<String> baseUrl) {
        this.catalogue = catalogue;
        this.validator = new WebhookValidator(config.webhooks().httpAllowed());
        this.duplicates = new DuplicateDecider(config.webhooks().duplicateShare(), config.seed());
        this.sender = new WebhookSender(config.webhooks(), log, pending);
        this.dispatcher = new WebhookDispatcher(registry, sender, duplicates, baseUrl);
    }

    /** Starts delivering catalogue changes; call once the base url is known. */
    void start() {
        catalogue.listeners().add(dispatcher);
    }

    WebhookEndpoint endpoint() {
        return new WebhookEndpoint(registry, validator);
    }

    List<KatanaWebhook> webhooks() {
        return registry.all();
    }

    /** Validated as POST /v1/webhooks validates; invalid → IllegalArgumentException with the details. */
    KatanaWebhook register(String url, Collection<String> events) {
        ObjectNode body = Json.object().put("url", url);
        events.forEach(body.putArray("subscribed_events")::add);
        try {
            return registry.create(validator.validate(body, true));
        } catch (InvalidWebhookException e) {
            throw new IllegalArgumentException("Invalid webhook: " + e.getMessage(), e);
        }
    }

    List<KatanaWebhookAttempt> deliveries() {
        return log.attempts();
    }

    KatanaWebhookStats stats() {
        return log.stats(pending.count());
    }

    void duplicateNext(int count) {
        duplicates.forceNext(count);
    }

    boolean awaitIdle(Duration timeout) throws InterruptedException {
        return pending.awaitNone(timeout);
    }

    void resetDeliveries() {
        log.reset();
    }

    @Override
    public void close() {
        catalogue.listeners().remove(dispatcher);
        sender.close();
    }
}
