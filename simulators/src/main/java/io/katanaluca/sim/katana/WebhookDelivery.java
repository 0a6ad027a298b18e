package io.katanaluca.sim.katana;

/**
 * One event on its way to one webhook: the body is built and signed once, so every attempt
 * (retries and duplicates too) sends the same bytes with the same signature.
 */
record WebhookDelivery(long webhookId, String url, CatalogueEvent event, byte[] body, String signature) {

    static WebhookDelivery of(KatanaWebhook webhook, CatalogueEvent event, String baseUrl) {
        byte[] body = WebhookPayload.body(webhook.id(), event, baseUrl);
        return new WebhookDelivery(webhook.id(), webhook.url(), event, body, WebhookSignature.sign(webhook.token(), body));
    }
}
