package io.katanaluca.sim.katana;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sales orders (rows, addresses and shipping fee nested, as Katana serves an order), their
 * fulfillments and the tax rates. Used only under the catalogue's lock; reads return private copies.
 */
final class SalesOrderTables {

    private final Map<Long, ObjectNode> orders = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> fulfillments = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> taxRates = new LinkedHashMap<>();
    private final Map<Long, Long> rowOrders = new HashMap<>();
    private final IdCounters ids;

    /** Starts with {@link TaxRateTable#defaults()}, as a Katana account always has tax rates. */
    SalesOrderTables(IdCounters ids) {
        this.ids = ids;
        TaxRateTable.defaults().forEach(rate -> {
            putTaxRate(rate);
            ids.saw(IdCounters.Kind.TAX_RATE, rate.path("id").asLong());
        });
    }

    long nextId(IdCounters.Kind kind) {
        return ids.next(kind);
    }

    void sawId(IdCounters.Kind kind, long id) {
        ids.saw(kind, id);
    }

    ObjectNode order(long orderId) {
        return copyOf(orders, orderId, "sales order");
    }

    long orderOfRow(long rowId) {
        Long orderId = rowOrders.get(rowId);
        if (orderId == null) {
            throw new NoSuchElementException("No sales order row " + rowId);
        }
        return orderId;
    }

    void putOrder(ObjectNode order) {
        long id = order.path("id").asLong();
        orders.put(id, order);
        order.path("sales_order_rows").forEach(row -> rowOrders.put(row.path("id").asLong(), id));
    }

    /** Copies of the order's fulfillments, oldest first, deleted ones included. */
    List<ObjectNode> fulfillmentsOf(long orderId) {
        List<ObjectNode> copies = new ArrayList<>();
        fulfillments.values().stream().filter(f -> f.path("sales_order_id").asLong() == orderId)
                .forEach(f -> copies.add(f.deepCopy()));
        return copies;
    }

    ObjectNode fulfillment(long fulfillmentId) {
        return copyOf(fulfillments, fulfillmentId, "sales order fulfillment");
    }

    void putFulfillment(ObjectNode fulfillment) {
        fulfillments.put(fulfillment.path("id").asLong(), fulfillment);
    }

    void putTaxRate(ObjectNode taxRate) {
        taxRates.put(taxRate.path("id").asLong(), taxRate);
    }

    void clearTaxRates() {
        taxRates.clear();
    }

    Collection<ObjectNode> orders() {
        return orders.values();
    }

    Collection<ObjectNode> fulfillments() {
        return fulfillments.values();
    }

    Collection<ObjectNode> taxRates() {
        return taxRates.values();
    }

    private static ObjectNode copyOf(Map<Long, ObjectNode> table, long id, String what) {
        ObjectNode record = table.get(id);
        if (record == null) {
            throw new NoSuchElementException("No " + what + " " + id);
        }
        return record.deepCopy();
    }

    static boolean isLive(JsonNode record) {
        return !KatanaRecord.isSet(record, "deleted_at");
    }
}
