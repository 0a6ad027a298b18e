package io.katanaluca.sync.katana;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A Katana sales order as {@code GET /sales_orders} lists it, with its rows, its addresses and its
 * shipping fee (all embedded). Katana sends amounts both as strings ({@code "1250.0000000000"}) and as
 * numbers, so every amount is a BigDecimal read from the text as sent, never through a double.
 * Whether {@code total} includes VAT is not documented; the invoice rules decide how to read it.
 *
 * @param invoicingStatus Katana's own invoicing flag ({@code notInvoiced}, …; null before any fulfillment)
 * @param shippingFee     the order's shipping fee, or null
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
        Instant deletedAt,
        Long locationId,
        String invoicingStatus,
        Instant pickedDate,
        Long billingAddressId,
        Long shippingAddressId,
        List<KatanaCustomer.Address> addresses,
        KatanaShippingFee shippingFee) {

    public KatanaSalesOrder {
        salesOrderRows = salesOrderRows == null ? List.of() : List.copyOf(salesOrderRows);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** An order without location, addresses or shipping fee, as the invoice mapping's tests build them. */
    public KatanaSalesOrder(long id, String orderNo, Long customerId, String status, String currency, BigDecimal conversionRate,
            BigDecimal total, BigDecimal totalInBaseCurrency, String additionalInfo, String customerRef, Instant orderCreatedDate,
            Instant deliveryDate, List<Row> salesOrderRows, Instant updatedAt, Instant deletedAt) {
        this(id, orderNo, customerId, status, currency, conversionRate, total, totalInBaseCurrency, additionalInfo, customerRef,
                orderCreatedDate, deliveryDate, salesOrderRows, updatedAt, deletedAt, null, null, null, null, null, List.of(), null);
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
