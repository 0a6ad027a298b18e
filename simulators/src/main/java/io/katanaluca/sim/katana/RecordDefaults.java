package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Completes hand-written records (catalogue files, addProduct) with ids, timestamps and the
 * fields Katana always sends, so clients see the same shape as from generated data.
 */
final class RecordDefaults {

    private final IdCounters ids;

    RecordDefaults(IdCounters ids) {
        this.ids = ids;
    }

    ObjectNode item(ObjectNode item, String type, String now) {
        long id = ensureId(item, IdCounters.Kind.ITEM);
        item.put("type", type);
        timestamps(item, now);
        nullIfAbsent(item, "archived_at");
        item.putIfAbsent("configs", Json.array());
        item.putIfAbsent("variants", Json.array());
        for (JsonNode variant : item.path("variants")) {
            variant(object(variant, "variant"), type, id, item);
        }
        return item;
    }

    ObjectNode customer(ObjectNode customer, String now) {
        ensureId(customer, IdCounters.Kind.CUSTOMER);
        timestamps(customer, now);
        customer.putIfAbsent("addresses", Json.array());
        for (JsonNode address : customer.path("addresses")) {
            ensureId(object(address, "address"), IdCounters.Kind.ADDRESS);
        }
        return customer;
    }

    private void variant(ObjectNode variant, String type, long ownerId, ObjectNode owner) {
        ensureId(variant, IdCounters.Kind.VARIANT);
        boolean product = "product".equals(type);
        variant.put(product ? "product_id" : "material_id", ownerId);
        variant.putNull(product ? "material_id" : "product_id");
        variant.put("type", type);
        for (String field : new String[] {"sku", "sales_price", "purchase_price", "internal_barcode",
                "registered_barcode"}) {
            nullIfAbsent(variant, field);
        }
        variant.putIfAbsent("supplier_item_codes", Json.array());
        variant.putIfAbsent("config_attributes", Json.array());
        variant.putIfAbsent("created_at", owner.get("created_at"));
        variant.putIfAbsent("updated_at", owner.get("updated_at"));
        nullIfAbsent(variant, "deleted_at");
    }

    private long ensureId(ObjectNode node, IdCounters.Kind kind) {
        if (node.path("id").canConvertToLong() && node.path("id").isIntegralNumber()) {
            ids.saw(kind, node.path("id").asLong());
        } else {
            node.put("id", ids.next(kind));
        }
        return node.path("id").asLong();
    }

    private static void timestamps(ObjectNode node, String now) {
        node.putIfAbsent("created_at", Json.MAPPER.getNodeFactory().stringNode(now));
        node.putIfAbsent("updated_at", node.get("created_at"));
        nullIfAbsent(node, "deleted_at");
    }

    private static ObjectNode object(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("A " + what + " must be a JSON object, not " + node);
        }
        return (ObjectNode) node;
    }

    private static void nullIfAbsent(ObjectNode node, String field) {
        if (!node.has(field)) {
            node.putNull(field);
        }
    }
}
