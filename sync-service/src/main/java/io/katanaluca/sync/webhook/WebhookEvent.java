package io.katanaluca.sync.webhook;

/** One Katana event as delivered: {@code {"resource_type","action","webhook_id","object":{"id",...}}}. */
record WebhookEvent(String resourceType, String action, Long webhookId, Long objectId) {

    /**
     * Events this service may act on; there are no customer events in Katana. A sales order event is
     * acted on only with {@code katana.webhook.sales-orders} (the processor marks it IGNORED otherwise).
     */
    boolean isActedOn() {
        return action.startsWith("product.") || action.startsWith("variant.") || action.startsWith("material.") || isSalesOrderEvent(action);
    }

    static boolean isSalesOrderEvent(String action) {
        return action.startsWith("sales_order.");
    }
}
