package io.katanaluca.sync.webhook;

/** One Katana event as delivered: {@code {"resource_type","action","webhook_id","object":{"id",...}}}. */
record WebhookEvent(String resourceType, String action, Long webhookId, Long objectId) {

    /** Events this service acts on; there are no customer events in Katana. */
    boolean isCatalogueEvent() {
        return action.startsWith("product.") || action.startsWith("variant.") || action.startsWith("material.");
    }
}
