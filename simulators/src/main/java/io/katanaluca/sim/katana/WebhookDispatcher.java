package io.katanaluca.sim.katana;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Turns a catalogue event into one delivery per enabled webhook subscribed to it. */
final class WebhookDispatcher implements Consumer<CatalogueEvent> {

    private final WebhookRegistry registry;
    private final WebhookSender sender;
    private final DuplicateDecider duplicates;
    private final Supplier<String> baseUrl;

    WebhookDispatcher(WebhookRegistry registry, WebhookSender sender, DuplicateDecider duplicates,
            Supplier<String> baseUrl) {
        this.registry = registry;
        this.sender = sender;
        this.duplicates = duplicates;
        this.baseUrl = baseUrl;
    }

    @Override
    public void accept(CatalogueEvent event) {
        for (KatanaWebhook webhook : registry.all()) {
            if (webhook.wants(event)) {
                sender.send(WebhookDelivery.of(webhook, event, baseUrl.get()), duplicates.nextIsDuplicate());
            }
        }
    }
}
