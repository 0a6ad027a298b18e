package io.katanaluca.sync.invoice.domain;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Map;

/**
 * The invoice decisions that belong to the user ({@code sync.invoices.*}).
 *
 * @param belgeSeri         Luca's document series; installation-specific and checked against Luca, so there is no default
 * @param belgeTurDetayId   Luca's document type id of a sales invoice (76 in the known installation)
 * @param vatUnit           how Luca wants {@code kdvOran}: FRACTION 0.20 (Luca's samples) or PERCENT 20
 * @param vatRates          Katana tax rate percent → the percent Luca gets; a percent not listed fails the order
 * @param zone              the zone the invoice date is a day in
 * @param invoiceDate       which Katana date becomes {@code belgeTarihi}
 * @param dueDays           {@code vadeTarihi} = invoice date + this many days
 * @param discount          how a row's {@code total_discount} (an amount) reaches Luca
 * @param shippingCardCode  the Luca service card a shipping fee is invoiced on; null fails an order with a fee
 * @param totalIncludesVat  whether Katana's order {@code total} includes VAT (undocumented by Katana)
 * @param partialDeliveries what a PARTIALLY_DELIVERED order gets
 * @param zeroQuantityRows  what a row with quantity 0 gets
 * @param baseCurrency      the Luca company's currency; another currency needs Katana's conversion rate
 * @param depoKodu          Luca's warehouse code for every line; null sends none
 */
public record InvoiceRules(String belgeSeri, String belgeTurDetayId, VatUnit vatUnit, Map<BigDecimal, BigDecimal> vatRates, ZoneId zone,
        InvoiceDate invoiceDate, int dueDays, DiscountMode discount, String shippingCardCode, boolean totalIncludesVat,
        PartialDeliveries partialDeliveries, ZeroQuantityRows zeroQuantityRows, String baseCurrency, String depoKodu) {

    public enum VatUnit { FRACTION, PERCENT }

    public enum InvoiceDate { DELIVERY_DATE, ORDER_CREATED_DATE }

    /** RATE: {@code iskontoOran1} as a percent of the gross line; NET_PRICE: the unit price already net of the discount. */
    public enum DiscountMode { RATE, NET_PRICE }

    /**
     * WAIT: not invoiced until fully DELIVERED (one invoice per order); FAIL: reported as invalid;
     * PER_DELIVERY: one invoice per DELIVERED fulfillment, the shipping fee on the order's first.
     */
    public enum PartialDeliveries { WAIT, FAIL, PER_DELIVERY }

    public boolean perDelivery() {
        return partialDeliveries == PartialDeliveries.PER_DELIVERY;
    }

    /** SKIP: the row is left off the invoice (it adds nothing); FAIL: the order fails naming the row. */
    public enum ZeroQuantityRows { SKIP, FAIL }

    public InvoiceRules {
        belgeTurDetayId = belgeTurDetayId == null || belgeTurDetayId.isBlank() ? "76" : belgeTurDetayId;
        vatUnit = vatUnit == null ? VatUnit.FRACTION : vatUnit;
        vatRates = vatRates == null || vatRates.isEmpty() ? turkishRates() : Map.copyOf(vatRates);
        zone = zone == null ? ZoneId.of("Europe/Istanbul") : zone;
        invoiceDate = invoiceDate == null ? InvoiceDate.DELIVERY_DATE : invoiceDate;
        dueDays = dueDays < 0 ? 0 : dueDays;
        discount = discount == null ? DiscountMode.RATE : discount;
        shippingCardCode = shippingCardCode == null || shippingCardCode.isBlank() ? null : shippingCardCode;
        partialDeliveries = partialDeliveries == null ? PartialDeliveries.WAIT : partialDeliveries;
        zeroQuantityRows = zeroQuantityRows == null ? ZeroQuantityRows.SKIP : zeroQuantityRows;
        baseCurrency = baseCurrency == null || baseCurrency.isBlank() ? "TRY" : baseCurrency;
        depoKodu = depoKodu == null || depoKodu.isBlank() ? null : depoKodu;
    }

    /** Defaults for everything but the series, which must be a setting checked against Luca. */
    public static InvoiceRules withSeries(String belgeSeri) {
        return new InvoiceRules(belgeSeri, null, null, null, null, null, 30, null, null, false, null, null, null, null);
    }

    /** The Turkish KDV rates since July 2023: 20, 10, 1 and 0 percent, each sent as itself. */
    static Map<BigDecimal, BigDecimal> turkishRates() {
        return Map.of(new BigDecimal("20"), new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("10"),
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
