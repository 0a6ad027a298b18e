package io.katanaluca.sim.katana;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every change of sales orders, fulfillments and tax rates: each checks its request against the
 * catalogue, changes copies under the catalogue's lock and names its webhook events. A status
 * change to PACKED or DELIVERED fires {@code sales_order.packed} / {@code .delivered} and
 * {@code sales_order.updated}; any other change {@code .updated}; a delete {@code .deleted}.
 */
final class SalesOrderBook {

    private final CatalogueStore store;

    SalesOrderBook(CatalogueStore store) {
        this.store = store;
    }

    long add(JsonNode body) {
        CatalogueSnapshot catalogue = store.snapshot();
        SalesOrderRequests.checkCreate(body, catalogue);
        return store.changeSalesOrders((tables, events) -> {
            ObjectNode order = new SalesOrderJson(catalogue, tables, store.now()).order(body);
            tables.putOrder(order);
            events.add(CatalogueEvent.salesOrder("created", order));
            return order.path("id").asLong();
        });
    }

    /** Header fields as given; {@code status} through the fulfillments; {@code total} overrides the computed one. */
    void update(long orderId, JsonNode fields) {
        SalesOrderRequests.checkUpdate(fields, store.snapshot());
        change(orderId, (tables, order) -> {
            fields.propertyNames().stream().filter(field -> !field.equals("status"))
                    .forEach(field -> order.set(field, fields.get(field)));
            if (fields.has("conversion_rate")) {
                order.put("conversion_rate", Decimals.of(fields.get("conversion_rate")).orElse(null));
                SalesOrderTotals.recompute(order);
            }
            for (String total : List.of("total", "total_in_base_currency")) {
                Decimals.of(fields.get(total)).ifPresent(amount -> order.put(total, Decimals.money(amount)));
            }
            if (fields.has("status")) {
                new SalesOrderShipping(tables, store.now()).moveTo(order, fields.get("status").asString());
            }
        });
    }

    /** Katana lets rows change only while the order is NOT_SHIPPED or PENDING; totals follow. */
    void updateRow(long rowId, JsonNode fields) {
        CatalogueSnapshot catalogue = store.snapshot();
        SalesOrderRequests.checkRowUpdate(fields, catalogue);
        long orderId = store.changeSalesOrders((tables, events) -> tables.orderOfRow(rowId));
        change(orderId, (tables, order) -> {
            if (!SalesOrderStatus.valueOf(order.path("status").asString()).allowsRowChanges()) {
                throw new IllegalArgumentException("Invalid sales order row change: rows change only while the order is "
                        + "NOT_SHIPPED or PENDING, and order " + orderId + " is " + order.path("status").asString());
            }
            ObjectNode row = rowOf(order, rowId);
            new SalesOrderJson(catalogue, tables, store.now()).applyRowFields(row, fields);
            row.put("updated_at", store.now());
            SalesOrderTotals.recompute(order);
        });
    }

    /** Soft delete of the order with its rows, addresses, shipping fee and fulfillments. */
    void delete(long orderId) {
        change(orderId, (tables, order) -> {
            String now = store.now();
            order.put("deleted_at", now);
            order.path("sales_order_rows").forEach(row -> ((ObjectNode) row).put("deleted_at", now));
            order.path("addresses").forEach(address -> ((ObjectNode) address).put("deleted_at", now));
            if (order.path("shipping_fee").isObject()) {
                ((ObjectNode) order.get("shipping_fee")).put("deleted_at", now);
            }
            new SalesOrderShipping(tables, now).deleteFulfillments(order);
        });
    }

    /** A partial (or whole) delivery or packing; the order's status follows from all its fulfillments. */
    long addFulfillment(JsonNode body) {
        SalesOrderRequests.checkFulfillment(body);
        long orderId = body.path("sales_order_id").asLong();
        Map<Long, BigDecimal> quantities = new LinkedHashMap<>();
        body.path("sales_order_fulfillment_rows").forEach(row -> quantities.merge(row.path("sales_order_row_id").asLong(),
                Decimals.orZero(row.get("quantity")), BigDecimal::add));
        long[] id = new long[1];
        try {
            change(orderId, (tables, order) -> id[0] = new SalesOrderShipping(tables, store.now()).fulfil(order, body,
                    quantities));
        } catch (NoSuchElementException e) {
            throw new IllegalArgumentException("Invalid sales order fulfillment: sales_order_id: no sales order " + orderId);
        }
        return id[0];
    }

    /** Only {@code status} (PACKED or DELIVERED) and the tracking fields; the order's status follows. */
    void updateFulfillment(long fulfillmentId, JsonNode fields) {
        long orderId = store.changeSalesOrders((tables, events) -> tables.fulfillment(fulfillmentId)
                .path("sales_order_id").asLong());
        change(orderId, (tables, order) -> new SalesOrderShipping(tables, store.now())
                .updateFulfillment(order, fulfillmentId, fields));
    }

    /** The raw form of every order change: no checks, no recomputed totals; events as for any change. */
    void change(long orderId, Consumer<ObjectNode> change) {
        change(orderId, (tables, order) -> change.accept(order));
    }

    long addTaxRate(JsonNode given) {
        return store.changeSalesOrders((tables, events) -> putTaxRate(tables, given));
    }

    void setTaxRates(List<? extends JsonNode> rates) {
        store.changeSalesOrders((tables, events) -> {
            tables.clearTaxRates();
            rates.forEach(rate -> putTaxRate(tables, rate));
            return null;
        });
    }

    private long putTaxRate(SalesOrderTables tables, JsonNode given) {
        long id = given.path("id").isIntegralNumber() ? given.path("id").asLong() : tables.nextId(IdCounters.Kind.TAX_RATE);
        tables.sawId(IdCounters.Kind.TAX_RATE, id);
        tables.putTaxRate(TaxRateTable.complete(given, id, store.now()));
        return id;
    }

    private void change(long orderId, OrderChange change) {
        store.changeSalesOrders((tables, events) -> {
            ObjectNode before = tables.order(orderId);
            ObjectNode after = before.deepCopy();
            change.apply(tables, after);
            after.put("updated_at", store.now());
            tables.putOrder(after);
            events.addAll(events(before, after));
            return null;
        });
    }

    private static List<CatalogueEvent> events(JsonNode before, JsonNode after) {
        if (!KatanaRecord.isSet(before, "deleted_at") && KatanaRecord.isSet(after, "deleted_at")) {
            return List.of(CatalogueEvent.salesOrder("deleted", after));
        }
        String status = after.path("status").asString();
        boolean moved = !status.equals(before.path("status").asString());
        if (moved && (status.equals("PACKED") || status.equals("DELIVERED"))) {
            return List.of(CatalogueEvent.salesOrder(status.toLowerCase(Locale.ROOT), after),
                    CatalogueEvent.salesOrder("updated", after));
        }
        return List.of(CatalogueEvent.salesOrder("updated", after));
    }

    private static ObjectNode rowOf(ObjectNode order, long rowId) {
        for (JsonNode row : order.path("sales_order_rows")) {
            if (row.path("id").asLong() == rowId) {
                return (ObjectNode) row;
            }
        }
        throw new NoSuchElementException("No sales order row " + rowId);
    }

    @FunctionalInterface
    private interface OrderChange {
        void apply(SalesOrderTables tables, ObjectNode order);
    }
}
