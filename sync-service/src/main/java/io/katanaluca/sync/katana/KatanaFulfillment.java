package io.katanaluca.sync.katana;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One packing or delivery of a sales order ({@code GET /sales_order_fulfillments}): which rows, how
 * much of each and when. A partially delivered order's DELIVERED fulfillments say what can be invoiced.
 *
 * @param status {@code PACKED} or {@code DELIVERED}
 */
public record KatanaFulfillment(
        long id,
        long salesOrderId,
        String status,
        Instant pickedDate,
        BigDecimal conversionRate,
        List<Row> salesOrderFulfillmentRows,
        Instant updatedAt,
        Instant deletedAt) {

    public KatanaFulfillment {
        salesOrderFulfillmentRows = salesOrderFulfillmentRows == null ? List.of() : List.copyOf(salesOrderFulfillmentRows);
    }

    public boolean isDelivered() {
        return "DELIVERED".equals(status);
    }

    public record Row(long salesOrderRowId, BigDecimal quantity) {
    }
}
