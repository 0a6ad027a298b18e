package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an order's fulfillments (PACKED or DELIVERED, each with quantities per row) mean for the
 * order: what is left to ship and the status they give it. Pure functions over copies.
 */
final class SalesOrderFulfillments {

    private SalesOrderFulfillments() {
    }

    /** Row id → quantity not yet in a live fulfillment (of {@code status}; any when null); only rows with some left. */
    static Map<Long, BigDecimal> remaining(JsonNode order, List<ObjectNode> fulfillments, String status) {
        Map<Long, BigDecimal> left = new LinkedHashMap<>();
        for (JsonNode row : order.path("sales_order_rows")) {
            if (SalesOrderTables.isLive(row)) {
                left.put(row.path("id").asLong(), Decimals.orZero(row.get("quantity")));
            }
        }
        for (ObjectNode fulfillment : fulfillments) {
            boolean counts = status == null || status.equals(fulfillment.path("status").asString());
            if (counts && SalesOrderTables.isLive(fulfillment)) {
                fulfillment.path("sales_order_fulfillment_rows").forEach(r -> left.computeIfPresent(
                        r.path("sales_order_row_id").asLong(), (id, q) -> q.subtract(Decimals.orZero(r.get("quantity")))));
            }
        }
        left.values().removeIf(q -> q.signum() <= 0);
        return left;
    }

    /**
     * DELIVERED when nothing is left to deliver, PARTIALLY_DELIVERED when some is delivered,
     * likewise for packed; with no live fulfillment the order keeps its status.
     */
    static String status(JsonNode order, List<ObjectNode> fulfillments) {
        if (fulfillments.stream().noneMatch(SalesOrderTables::isLive)) {
            return order.path("status").asString();
        }
        boolean anyDelivered = fulfillments.stream().anyMatch(f -> SalesOrderTables.isLive(f)
                && "DELIVERED".equals(f.path("status").asString()));
        if (remaining(order, fulfillments, "DELIVERED").isEmpty()) {
            return SalesOrderStatus.DELIVERED.name();
        }
        if (anyDelivered) {
            return SalesOrderStatus.PARTIALLY_DELIVERED.name();
        }
        return remaining(order, fulfillments, null).isEmpty() ? SalesOrderStatus.PACKED.name()
                : SalesOrderStatus.PARTIALLY_PACKED.name();
    }

    static ObjectNode fulfillment(long id, JsonNode order, String status, Map<Long, BigDecimal> rows, String now) {
        ObjectNode fulfillment = Json.object();
        fulfillment.put("id", id);
        fulfillment.put("sales_order_id", order.path("id").asLong());
        fulfillment.put("picked_date", now);
        fulfillment.put("status", status);
        fulfillment.put("invoice_status", "NOT_INVOICED");
        fulfillment.set("conversion_rate", order.get("conversion_rate"));
        fulfillment.set("conversion_date", order.get("conversion_date"));
        for (String field : List.of("tracking_number", "tracking_url", "tracking_carrier", "tracking_method", "packer_id")) {
            fulfillment.putNull(field);
        }
        ArrayNode lines = fulfillment.putArray("sales_order_fulfillment_rows");
        rows.forEach((rowId, quantity) -> lines.addObject().put("sales_order_row_id", rowId).put("quantity", quantity));
        fulfillment.put("created_at", now);
        fulfillment.put("updated_at", now);
        fulfillment.putNull("deleted_at");
        return fulfillment;
    }
}
