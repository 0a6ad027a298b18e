package io.katanaluca.sim.katana;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fulfillment side of an order change, under the catalogue's lock on a copy of the order.
 * Choices where Katana's behaviour is not documented: setting PACKED or DELIVERED fulfils what is
 * left (a PACKED fulfillment, or the packed ones turned DELIVERED plus one DELIVERED for the rest);
 * setting NOT_SHIPPED or PENDING soft-deletes the fulfillments; a delivered order cannot go back to PACKED.
 */
final class SalesOrderShipping {

    private static final Set<String> FULFILLMENT_UPDATE_FIELDS = Set.of("status", "picked_date", "tracking_number",
            "tracking_url", "tracking_carrier", "tracking_method");
    private static final String PACKED = SalesOrderStatus.PACKED.name();
    private static final String DELIVERED = SalesOrderStatus.DELIVERED.name();

    private final SalesOrderTables tables;
    private final String now;

    SalesOrderShipping(SalesOrderTables tables, String now) {
        this.tables = tables;
        this.now = now;
    }

    void moveTo(ObjectNode order, String status) {
        if (status.equals(PACKED) && order.path("status").asString().contains(DELIVERED)) {
            throw new IllegalArgumentException("Invalid sales order change: status: order " + order.path("id").asLong()
                    + " is " + order.path("status").asString() + "; set NOT_SHIPPED first to pack it again");
        }
        if (status.equals(PACKED) || status.equals(DELIVERED)) {
            if (status.equals(DELIVERED)) {
                live(order).stream().filter(f -> f.path("status").asString().equals(PACKED))
                        .forEach(f -> save(f.put("status", DELIVERED)));
            }
            Map<Long, BigDecimal> left = SalesOrderFulfillments.remaining(order, tables.fulfillmentsOf(id(order)), null);
            if (!left.isEmpty()) {
                add(order, status, left, now);
            }
        } else {
            deleteFulfillments(order);
        }
        settle(order, status);
    }

    /** Checks each row against what is left of it, then adds the fulfillment; returns its id. */
    long fulfil(ObjectNode order, JsonNode body, Map<Long, BigDecimal> quantities) {
        RequestProblems problems = new RequestProblems();
        if (KatanaRecord.isSet(order, "deleted_at")) {
            problems.add("sales_order_id", "sales order " + id(order) + " is deleted");
        }
        Map<Long, BigDecimal> left = SalesOrderFulfillments.remaining(order, tables.fulfillmentsOf(id(order)), null);
        quantities.forEach((rowId, quantity) -> {
            if (!isLiveRow(order, rowId)) {
                problems.add("sales_order_fulfillment_rows", "no row " + rowId + " in sales order " + id(order));
            } else if (quantity.signum() <= 0 || quantity.compareTo(left.getOrDefault(rowId, BigDecimal.ZERO)) > 0) {
                problems.add("sales_order_fulfillment_rows", "row " + rowId + ": quantity " + quantity.toPlainString()
                        + " must be above 0 and at most the " + left.getOrDefault(rowId, BigDecimal.ZERO).toPlainString()
                        + " left to fulfil");
            }
        });
        problems.throwIfAny("sales order fulfillment");
        ObjectNode fulfillment = add(order, body.path("status").asString(), quantities,
                body.path("picked_date").asString(now));
        for (String field : List.of("tracking_number", "tracking_url", "tracking_carrier", "tracking_method")) {
            fulfillment.set(field, body.get(field));
        }
        save(fulfillment);
        settle(order, order.path("status").asString());
        return fulfillment.path("id").asLong();
    }

    void updateFulfillment(ObjectNode order, long fulfillmentId, JsonNode fields) {
        RequestProblems problems = new RequestProblems();
        if (problems.onlyFields(fields, "", FULFILLMENT_UPDATE_FIELDS)) {
            problems.oneOf(fields.get("status"), "status", SalesOrderStatus.FULFILLMENT);
            problems.dateTime(fields.get("picked_date"), "picked_date");
        }
        problems.throwIfAny("sales order fulfillment change");
        ObjectNode fulfillment = tables.fulfillment(fulfillmentId);
        fields.propertyNames().forEach(field -> fulfillment.set(field, fields.get(field)));
        save(fulfillment);
        settle(order, order.path("status").asString());
    }

    void deleteFulfillments(ObjectNode order) {
        live(order).forEach(fulfillment -> save(fulfillment.put("deleted_at", now)));
    }

    private ObjectNode add(JsonNode order, String status, Map<Long, BigDecimal> rows, String pickedDate) {
        ObjectNode fulfillment = SalesOrderFulfillments.fulfillment(tables.nextId(IdCounters.Kind.FULFILLMENT), order,
                status, rows, now);
        fulfillment.put("picked_date", pickedDate);
        tables.putFulfillment(fulfillment);
        return fulfillment;
    }

    /** The status the live fulfillments give, or the one asked for when there are none; invoicing_status alike. */
    private void settle(ObjectNode order, String requested) {
        List<ObjectNode> fulfillments = tables.fulfillmentsOf(id(order));
        boolean any = fulfillments.stream().anyMatch(SalesOrderTables::isLive);
        order.put("status", any ? SalesOrderFulfillments.status(order, fulfillments) : requested);
        order.put("invoicing_status", any ? "notInvoiced" : null);
    }

    private List<ObjectNode> live(JsonNode order) {
        return tables.fulfillmentsOf(id(order)).stream().filter(SalesOrderTables::isLive).toList();
    }

    private void save(ObjectNode fulfillment) {
        fulfillment.put("updated_at", now);
        tables.putFulfillment(fulfillment);
    }

    private static boolean isLiveRow(JsonNode order, long rowId) {
        return order.path("sales_order_rows").valueStream()
                .anyMatch(row -> row.path("id").asLong() == rowId && SalesOrderTables.isLive(row));
    }

    private static long id(JsonNode order) {
        return order.path("id").asLong();
    }
}
