package io.katanaluca.sync.katana;

import java.math.BigDecimal;

/** A sales order's shipping fee ({@code GET /sales_order_shipping_fee}); {@code amount} is in the order currency. */
public record KatanaShippingFee(long id, long salesOrderId, BigDecimal amount, Long taxRateId, String description) {
}
