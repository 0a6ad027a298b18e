package io.katanaluca.sim.katana;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An immutable view of the catalogue, sorted as Katana lists it. Built once per change and
 * shared by all requests, so a list request costs a filter and a slice, never a sort.
 */
final class CatalogueSnapshot {

    private final Map<KatanaResource, List<KatanaRecord>> sorted = new EnumMap<>(KatanaResource.class);
    private final Map<KatanaResource, Map<Long, KatanaRecord>> byId = new EnumMap<>(KatanaResource.class);

    CatalogueSnapshot(Collection<ObjectNode> products, Collection<ObjectNode> materials,
            Collection<ObjectNode> customers, SalesOrderTables salesOrders) {
        index(KatanaResource.PRODUCTS, items(products));
        index(KatanaResource.MATERIALS, items(materials));
        index(KatanaResource.CUSTOMERS, items(customers));
        List<KatanaRecord> variants = variantsOf(products);
        variants.addAll(variantsOf(materials));
        index(KatanaResource.VARIANTS, variants);
        index(KatanaResource.SALES_ORDERS, items(salesOrders.orders()));
        index(KatanaResource.SALES_ORDER_ROWS, nested(salesOrders.orders(), "sales_order_rows"));
        index(KatanaResource.SALES_ORDER_ADDRESSES, nested(salesOrders.orders(), "addresses"));
        index(KatanaResource.SALES_ORDER_SHIPPING_FEES, nested(salesOrders.orders(), "shipping_fee"));
        index(KatanaResource.SALES_ORDER_FULFILLMENTS, items(salesOrders.fulfillments()));
        index(KatanaResource.TAX_RATES, items(salesOrders.taxRates()));
    }

    List<KatanaRecord> list(KatanaResource resource) {
        return sorted.get(resource);
    }

    Optional<KatanaRecord> find(KatanaResource resource, long id) {
        return Optional.ofNullable(byId.get(resource).get(id));
    }

    /** What a default list (no deleted, no archived) returns. */
    long liveCount(KatanaResource resource) {
        return list(resource).stream().filter(r -> !r.deleted() && !r.archived()).count();
    }

    private void index(KatanaResource resource, List<KatanaRecord> records) {
        records.sort(KatanaRecord.NEWEST_FIRST);
        Map<Long, KatanaRecord> ids = new HashMap<>();
        records.forEach(r -> ids.put(r.id(), r));
        sorted.put(resource, List.copyOf(records));
        byId.put(resource, ids);
    }

    private static List<KatanaRecord> items(Collection<ObjectNode> nodes) {
        List<KatanaRecord> records = new ArrayList<>(nodes.size());
        nodes.forEach(node -> records.add(KatanaRecord.of(node, false)));
        return records;
    }

    /** The records an order holds in {@code field}: an array of them, or one object (the shipping fee). */
    private static List<KatanaRecord> nested(Collection<ObjectNode> owners, String field) {
        List<KatanaRecord> records = new ArrayList<>();
        for (ObjectNode owner : owners) {
            JsonNode held = owner.path(field);
            if (held.isObject()) {
                records.add(KatanaRecord.of((ObjectNode) held, false));
            } else {
                held.forEach(record -> records.add(KatanaRecord.of((ObjectNode) record, false)));
            }
        }
        return records;
    }

    /** A variant counts as archived when its product or material is. */
    private static List<KatanaRecord> variantsOf(Collection<ObjectNode> owners) {
        List<KatanaRecord> records = new ArrayList<>();
        for (ObjectNode owner : owners) {
            boolean archived = KatanaRecord.isSet(owner, "archived_at");
            for (JsonNode variant : owner.path("variants")) {
                records.add(KatanaRecord.of((ObjectNode) variant, archived));
            }
        }
        return records;
    }
}
