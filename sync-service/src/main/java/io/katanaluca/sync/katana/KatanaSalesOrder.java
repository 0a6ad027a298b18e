package io.katanaluca.sync.katana;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A Katana sales order as {@code GET /sales_orders} lists it, with its rows. Katana sends amounts
 * both as strings ({@code "1250.0000000000"}) and as numbers, so every amount is a BigDecimal.
 * Whether {@code total} includes VAT is not documented; the invoice rules decide how to read it.
 */
public record KatanaSalesOrder(
        long id,
        String orderNo,
        Long customerId,
        String status,
        String currency,
        BigDecimal conversionRate,
        BigDecimal total,
        BigDecimal totalInBaseCurrency,
        String additionalInfo,
        String customerRef,
        Instant orderCreatedDate,
        Instant deliveryDate,
        List<Row> salesOrderRows,
        Instant updatedAt,
        Instant deletedAt) {

    public KatanaSalesOrder {
        salesOrderRows = salesOrderRows == null ? List.of() : List.copyOf(salesOrderRows);
    }

    /** One order row; {@code totalDiscount} is an amount in the order currency, not a rate. */
    public record Row(
            long id,
            Long variantId,
            BigDecimal quantity,
            BigDecimal pricePerUnit,
            Long taxRateId,
            BigDecimal totalDiscount,
            BigDecimal total) {
    }
}
