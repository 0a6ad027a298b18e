package io.katanaluca.sim.katana;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every event name Katana accepts in {@code subscribed_events} (the 62 of the gateway's
 * CreateWebhookDto enum), in its order. The simulator only ever emits the product, material and
 * variant ones and sales_order created, updated, deleted, packed and delivered, but accepts a
 * subscription to any of them, as Katana does.
 */
final class WebhookEvents {

    static final List<String> ALL = Stream.of(
            events("sales_order", "created", "packed", "delivered", "updated", "approved", "deleted",
                    "availability_updated"),
            events("purchase_order", "created", "updated", "deleted", "partially_received", "received", "approved"),
            events("purchase_order_row", "created", "received", "updated", "deleted"),
            events("outsourced_purchase_order", "created", "updated", "deleted", "received", "approved"),
            events("outsourced_purchase_order_row", "created", "updated", "deleted", "received"),
            events("outsourced_purchase_order_recipe_row", "created", "updated", "deleted"),
            events("manufacturing_order", "created", "updated", "deleted", "in_progress", "blocked", "done"),
            events("manufacturing_order_recipe_row", "created", "updated", "deleted", "ingredients_in_stock"),
            events("manufacturing_order_operation_row", "created", "updated", "deleted", "in_progress", "paused",
                    "blocked", "completed"),
            events("current_inventory", "product_updated", "material_updated", "product_out_of_stock",
                    "material_out_of_stock"),
            events("product", "created", "updated", "deleted"),
            events("material", "created", "updated", "deleted"),
            events("variant", "created", "updated", "deleted"),
            events("product_recipe_row", "created", "deleted", "updated"))
            .flatMap(List::stream)
            .toList();

    private WebhookEvents() {
    }

    static boolean isKnown(String event) {
        return ALL.contains(event);
    }

    private static List<String> events(String resource, String... verbs) {
        return Stream.of(verbs).map(verb -> resource + "." + verb).toList();
    }
}
