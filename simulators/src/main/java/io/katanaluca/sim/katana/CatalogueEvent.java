package io.katanaluca.sim.katana;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One change of the catalogue in Katana's webhook vocabulary, e.g. {@code product.updated} of
 * product 1000001. Customers have none: Katana has no {@code customer.*} webhook events.
 *
 * @param resourceType {@code product}, {@code material}, {@code variant} or {@code sales_order}
 * @param action       {@code <resourceType>.created|updated|deleted}, for orders also {@code packed|delivered}
 * @param objectId     the id of the changed record
 * @param status       the record's status where it has one (sales orders), else null
 */
record CatalogueEvent(String resourceType, String action, long objectId, String status) {

    static CatalogueEvent of(String resourceType, String verb, long objectId) {
        return new CatalogueEvent(resourceType, resourceType + "." + verb, objectId, null);
    }

    static CatalogueEvent salesOrder(String verb, JsonNode order) {
        return new CatalogueEvent("sales_order", "sales_order." + verb, order.path("id").asLong(),
                order.path("status").asString(null));
    }

    /** A new product or material: its own created event, then one per variant. */
    static List<CatalogueEvent> added(ObjectNode item) {
        List<CatalogueEvent> events = new ArrayList<>();
        events.add(of(item.path("type").asString(), "created", item.path("id").asLong()));
        item.path("variants").forEach(variant -> events.add(of("variant", "created", variant.path("id").asLong())));
        return events;
    }

    /** {@code deleted} when the change set deleted_at, otherwise {@code updated} (archiving included). */
    static CatalogueEvent changed(String resourceType, JsonNode before, JsonNode after) {
        boolean deletedNow = !KatanaRecord.isSet(before, "deleted_at") && KatanaRecord.isSet(after, "deleted_at");
        return of(resourceType, deletedNow ? "deleted" : "updated", after.path("id").asLong());
    }

    boolean isDelete() {
        return action.endsWith(".deleted");
    }
}
