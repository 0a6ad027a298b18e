package io.katanaluca.sync.invoice.domain;

import static io.katanaluca.sync.invoice.domain.KatanaSalesOrders.TAX_RATES;
import static io.katanaluca.sync.invoice.domain.KatanaSalesOrders.VAT_10;
import static io.katanaluca.sync.invoice.domain.KatanaSalesOrders.VAT_18;
import static io.katanaluca.sync.invoice.domain.KatanaSalesOrders.aDeliveredOrder;
import static io.katanaluca.sync.invoice.domain.KatanaSalesOrders.aRow;
import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.invoice.domain.InvoiceDraft.Line;
import io.katanaluca.sync.katana.KatanaShippingFee;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InvoiceMapperTests {

    private static final InvoiceCustomer CUSTOMER = new InvoiceCustomer(1501, "KTN-1501", "Boğaziçi Tekstil A.Ş.", null);
    private final Map<Long, String> cards = Map.of(5001L, "SKU-5001", 5002L, "SKU-5002");

    private InvoiceMapper mapper(InvoiceRules rules) {
        return new InvoiceMapper(rules, new VatTable(TAX_RATES, rules), variant -> Optional.ofNullable(cards.get(variant)));
    }

    private final InvoiceMapper mapper = mapper(InvoiceRules.withSeries("EFA"));

    private MappedInvoice map(KatanaSalesOrders order) {
        return mapper.map(order.build(), CUSTOMER, Optional.empty());
    }

    @Test
    void shouldMapADeliveredOrderToOneInvoiceThatLucaNumbers() {
        InvoiceDraft draft = map(aDeliveredOrder()).draft();

        assertThat(draft.belgeNo()).isEmpty();
        assertThat(draft.belgeSeri()).isEqualTo("EFA");
        assertThat(draft.belgeTurDetayId()).isEqualTo("76");
        assertThat(draft.belgeTakipNo()).isEqualTo("KATANA-SO-2001");
        assertThat(draft.belgeAciklama()).isEqualTo("Katana sales order SO-2024-001");
        assertThat(draft.siparisNo()).isEqualTo("SO-2024-001");
        assertThat(draft.cariKodu()).isEqualTo("KTN-1501");
        assertThat(draft.paraBirimKod()).isEqualTo("TRY");
        assertThat(draft.kurBedeli()).isEqualByComparingTo("1");
        Line line = draft.detayList().get(0);
        assertThat(line.kartTuru()).isEqualTo(Line.STOCK);
        assertThat(line.kartKodu()).isEqualTo("SKU-5001");
        assertThat(line.miktar()).isEqualByComparingTo("2");
        assertThat(line.birimFiyat()).isEqualByComparingTo("1250");
        assertThat(line.tutar()).isEqualTo(new BigDecimal("2500.00"));
        assertThat(line.kdvOran()).isEqualTo(new BigDecimal("0.20"));
        assertThat(draft.vatTotal()).isEqualTo(new BigDecimal("500.00"));
    }

    @Test
    void shouldDateTheInvoiceByTheDeliveryDayInIstanbulAndDueThirtyDaysLater() {
        InvoiceDraft draft = map(aDeliveredOrder().deliveredAt("2026-03-31T22:30:00Z")).draft();

        assertThat(draft.belgeTarihi()).isEqualTo("01/04/2026");
        assertThat(draft.vadeTarihi()).isEqualTo("01/05/2026");
    }

    @Test
    void shouldSendVatAsAPercentWhenTheRulesSaySo() {
        InvoiceRules rules = new InvoiceRules("EFA", null, InvoiceRules.VatUnit.PERCENT, null, null, null, 30, null, null, false, null, null, null, null);

        assertThat(mapper(rules).map(aDeliveredOrder().build(), CUSTOMER, Optional.empty()).draft().detayList().get(0).kdvOran())
                .isEqualByComparingTo("20");
    }

    @Test
    void shouldFailAnOrderWithAnUnmappedVatRateNamingTheRow() {
        MappedInvoice invoice = map(aDeliveredOrder().withRow(aRow()).withRow(aRow().taxRate(VAT_18)));

        assertThat(invoice.isValid()).isFalse();
        assertThat(invoice.invalidReason()).contains("SO-2024-001 (id 2001)").contains("has tax rate 303 (18%)")
                .contains("does not map to a Luca VAT rate");
    }

    @Test
    void shouldFailARowWithATaxRateKatanaDoesNotListOrNone() {
        assertThat(map(aDeliveredOrder().withRow(aRow().taxRate(999L))).invalidReason()).contains("tax rate 999, which Katana's tax rate list does not hold");
        assertThat(map(aDeliveredOrder().withRow(aRow().taxRate(null))).invalidReason()).contains("has no tax rate");
    }

    @Test
    void shouldFailAnOrderWhoseRowHasADeletedVariantAndNameEveryBadRow() {
        MappedInvoice invoice = map(aDeliveredOrder().withRow(aRow().variant(7777L)).withRow(aRow().variant(null)).withRow(aRow()));

        assertThat(invoice.isValid()).isFalse();
        assertThat(invoice.invalidReason()).contains("(variant 7777): variant 7777 has no Luca stock card (deleted in Katana or not synced)")
                .contains("(variant null): variant null has no Luca stock card");
    }

    @Test
    void shouldFailACustomerWithNoNameAndNeverInventOne() {
        MappedInvoice invoice = mapper.map(aDeliveredOrder().build(), new InvoiceCustomer(1501, "KTN-1501", "  ", null), Optional.empty());

        assertThat(invoice.invalidReason()).contains("customer 1501 has no name");
    }

    @Test
    void shouldFailACustomerWithoutALucaAccount() {
        assertThat(mapper.map(aDeliveredOrder().build(), null, Optional.empty()).invalidReason()).contains("customer 1501 has no Luca account");
    }

    @Test
    void shouldSendNoTaxNumberWhenNoneIsKnownAndTheOneThatIsKnown() {
        assertThat(map(aDeliveredOrder()).draft().vergiNo()).isNull();
        InvoiceCustomer withVkn = new InvoiceCustomer(1501, "KTN-1501", "Boğaziçi", " 1234567890 ");
        assertThat(mapper.map(aDeliveredOrder().build(), withVkn, Optional.empty()).draft().vergiNo()).isEqualTo("1234567890");
    }

    @Test
    void shouldLeaveAZeroQuantityRowOffWithAWarning() {
        MappedInvoice invoice = map(aDeliveredOrder().withRow(aRow()).withRow(aRow().quantity("0")));

        assertThat(invoice.draft().detayList()).hasSize(1);
        assertThat(invoice.warnings()).singleElement().asString().contains("quantity 0");
    }

    @Test
    void shouldFailAZeroQuantityRowWhenTheRulesSaySo() {
        InvoiceRules rules = new InvoiceRules("EFA", null, null, null, null, null, 30, null, null, false, null, InvoiceRules.ZeroQuantityRows.FAIL,
                null, null);

        MappedInvoice invoice = mapper(rules).map(aDeliveredOrder().withRow(aRow().quantity("0")).build(), CUSTOMER, Optional.empty());

        assertThat(invoice.invalidReason()).contains("has quantity 0");
    }

    @Test
    void shouldFailAnOrderWhoseOnlyRowHasQuantityZero() {
        assertThat(map(aDeliveredOrder().withRow(aRow().quantity("0"))).invalidReason()).contains("it has no row to invoice");
    }

    @Test
    void shouldFailANegativePrice() {
        assertThat(map(aDeliveredOrder().withRow(aRow().price("-5.00"))).invalidReason()).contains("price_per_unit -5.00 is negative");
    }

    @Test
    void shouldFailAMissingPriceAndANegativeQuantity() {
        assertThat(map(aDeliveredOrder().withRow(aRow().price(null))).invalidReason()).contains("no price_per_unit");
        assertThat(map(aDeliveredOrder().withRow(aRow().quantity("-1"))).invalidReason()).contains("quantity -1 is not a positive number");
    }

    @Test
    void shouldFailAnOrderWhoseTotalDiffersFromTheLinesWithBothTotals() {
        MappedInvoice invoice = map(aDeliveredOrder().withTotal("2500.01"));

        assertThat(invoice.invalidReason()).contains("computed from the lines is 2500.00 TRY").contains("Katana's order total is 2500.01");
    }

    @Test
    void shouldRoundEachLineHalfUpToKurusBeforeSumming() {
        // 3 × 0.335 = 1.005 → 1.01 per line; two lines 2.02 (rounding the sum 2.010 once would give 2.01)
        MappedInvoice invoice = map(aDeliveredOrder().withRow(aRow().quantity("3").price("0.335")).withRow(aRow().quantity("3").price("0.335"))
                .withTotal("2.02"));

        assertThat(invoice.isValid()).as(invoice.invalidReason()).isTrue();
        assertThat(invoice.draft().detayList()).extracting(Line::tutar).containsOnly(new BigDecimal("1.01"));
        assertThat(invoice.draft().netTotal()).isEqualTo(new BigDecimal("2.02"));
    }

    @Test
    void shouldFailWhenKatanaRoundedTheSumOnceAndTheLinesDisagree() {
        assertThat(map(aDeliveredOrder().withRow(aRow().quantity("3").price("0.335")).withRow(aRow().quantity("3").price("0.335")).withTotal("2.01"))
                .invalidReason()).contains("is 2.02 TRY but Katana's order total is 2.01");
    }

    @Test
    void shouldCompareATotalWithVatWhenTheRulesSayKatanaIncludesIt() {
        InvoiceRules rules = new InvoiceRules("EFA", null, null, null, null, null, 30, null, null, true, null, null, null, null);
        InvoiceMapper withVat = mapper(rules);

        assertThat(withVat.map(aDeliveredOrder().withRow(aRow()).withRow(aRow().taxRate(VAT_10).quantity("1").price("99.99")).withTotal("3109.99")
                .build(), CUSTOMER, Optional.empty()).isValid()).isTrue();
        assertThat(withVat.map(aDeliveredOrder().withTotal("2500").build(), CUSTOMER, Optional.empty()).invalidReason()).contains("(with VAT)");
    }

    @Test
    void shouldSendADiscountAsARateOfTheGrossLine() {
        Line line = map(aDeliveredOrder().withRow(aRow().quantity("3").price("100").discount("30"))).draft().detayList().get(0);

        assertThat(line.birimFiyat()).isEqualByComparingTo("100");
        assertThat(line.iskontoOran1()).isEqualByComparingTo("10");
        assertThat(line.tutar()).isEqualTo(new BigDecimal("270.00"));
    }

    @Test
    void shouldSendADiscountAsANetUnitPriceWhenTheRulesSaySo() {
        InvoiceRules rules = new InvoiceRules("EFA", null, null, null, null, null, 30, InvoiceRules.DiscountMode.NET_PRICE, null, false, null, null,
                null, null);

        Line line = mapper(rules).map(aDeliveredOrder().withRow(aRow().quantity("3").price("100").discount("30")).build(), CUSTOMER, Optional.empty())
                .draft().detayList().get(0);

        assertThat(line.birimFiyat()).isEqualByComparingTo("90");
        assertThat(line.iskontoOran1()).isNull();
    }

    @Test
    void shouldSendADiscountPercentThatLucaTurnsBackIntoKatanasRowTotal() {
        // 3.5 × 834.15 = 2919.525, less 379.54 = 2539.985 → 2539.99; cut at 6 decimals (13.000060%) Luca would make it 2539.98.
        Line line = map(aDeliveredOrder().withRow(aRow().quantity("3.5").price("834.15").discount("379.54"))).draft().detayList().get(0);

        assertThat(line.tutar()).isEqualTo(new BigDecimal("2539.99"));
        assertThat(lucasLineAmount(line)).isEqualTo(line.tutar());
    }

    @Test
    void shouldSendEveryDiscountedLineSoThatLucasArithmeticGivesItsAmountInBothModes() {
        InvoiceRules netPrice = new InvoiceRules("EFA", null, null, null, null, null, 30, InvoiceRules.DiscountMode.NET_PRICE, null, false, null, null,
                null, null);
        Random random = new Random(20261207);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(400), random.nextInt(3));
            BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(500_000), 2 + random.nextInt(3));
            BigDecimal discount = quantity.multiply(price).multiply(BigDecimal.valueOf(random.nextInt(60), 2)).setScale(2, RoundingMode.DOWN);
            KatanaSalesOrders order = aDeliveredOrder().withRow(aRow().quantity(quantity.toPlainString()).price(price.toPlainString())
                    .discount(discount.toPlainString()));
            for (InvoiceMapper each : List.of(mapper, mapper(netPrice))) {
                MappedInvoice invoice = each.map(order.build(), CUSTOMER, Optional.empty());
                assertThat(invoice.isValid()).as("%s × %s less %s: %s", quantity, price, discount, invoice.invalidReason()).isTrue();
                Line line = invoice.draft().detayList().get(0);
                assertThat(lucasLineAmount(line)).as("%s × %s less %s sent as %s", quantity, price, discount, line).isEqualTo(line.tutar());
            }
        }
    }

    /** Luca's line arithmetic, as its screens show it: miktar × birimFiyat × (1 − iskontoOran1/100), HALF_UP to kuruş. */
    private static BigDecimal lucasLineAmount(Line line) {
        BigDecimal percent = line.iskontoOran1() == null ? BigDecimal.ZERO : line.iskontoOran1();
        return line.miktar().multiply(line.birimFiyat()).multiply(BigDecimal.valueOf(100).subtract(percent)).divide(BigDecimal.valueOf(100))
                .setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void shouldFailADiscountLargerThanTheRow() {
        assertThat(map(aDeliveredOrder().withRow(aRow().quantity("1").price("10").discount("11"))).invalidReason()).contains("more than the row's amount");
    }

    @Test
    void shouldInvoiceAShippingFeeOnTheConfiguredServiceCard() {
        InvoiceRules rules = new InvoiceRules("EFA", null, null, null, null, null, 30, null, "KARGO", false, null, null, null, null);
        KatanaShippingFee fee = new KatanaShippingFee(2801, 2001, new BigDecimal("25.99"), KatanaSalesOrders.VAT_20, "UPS Ground");

        MappedInvoice invoice = mapper(rules).map(aDeliveredOrder().withTotal("2525.99").build(), CUSTOMER, Optional.of(fee));

        assertThat(invoice.isValid()).as(invoice.invalidReason()).isTrue();
        Line shipping = invoice.draft().detayList().get(1);
        assertThat(shipping.kartTuru()).isEqualTo(Line.SERVICE);
        assertThat(shipping.kartKodu()).isEqualTo("KARGO");
        assertThat(shipping.tutar()).isEqualTo(new BigDecimal("25.99"));
        assertThat(shipping.aciklama()).isEqualTo("UPS Ground");
    }

    @Test
    void shouldFailAShippingFeeWithNoServiceCardSet() {
        KatanaShippingFee fee = new KatanaShippingFee(2801, 2001, new BigDecimal("25.99"), KatanaSalesOrders.VAT_20, null);

        assertThat(mapper.map(aDeliveredOrder().build(), CUSTOMER, Optional.of(fee)).invalidReason())
                .contains("shipping fee 25.99: sync.invoices.shipping-card-code is not set");
    }

    @Test
    void shouldSendAForeignCurrencyWithKatanasConversionRate() {
        InvoiceDraft draft = map(aDeliveredOrder().withCurrency("usd", "48.6592")).draft();

        assertThat(draft.paraBirimKod()).isEqualTo("USD");
        assertThat(draft.kurBedeli()).isEqualByComparingTo("48.6592");
    }

    @Test
    void shouldFailAForeignCurrencyWithoutAConversionRate() {
        assertThat(map(aDeliveredOrder().withCurrency("EUR", null)).invalidReason()).contains("currency is EUR but Katana gives no conversion rate to TRY");
    }

    @Test
    void shouldInvoiceOnlyADeliveredOrderAndWaitForAPartialOne() {
        assertThat(mapper.isDue(aDeliveredOrder().build())).isTrue();
        assertThat(mapper.isDue(aDeliveredOrder().withStatus("PARTIALLY_DELIVERED").build())).isFalse();
        assertThat(mapper.isDue(aDeliveredOrder().withStatus("PACKED").build())).isFalse();
        assertThat(mapper.isDue(aDeliveredOrder().deleted().build())).isFalse();
        assertThat(map(aDeliveredOrder().withStatus("PACKED")).invalidReason()).contains("its status is PACKED");
    }

    @Test
    void shouldFailAPartialDeliveryWhenTheRulesSaySo() {
        InvoiceRules rules = new InvoiceRules("EFA", null, null, null, null, null, 30, null, null, false, InvoiceRules.PartialDeliveries.FAIL, null,
                null, null);
        InvoiceMapper failing = mapper(rules);

        assertThat(failing.isDue(aDeliveredOrder().withStatus("PARTIALLY_DELIVERED").build())).isTrue();
    }

    @Test
    void shouldFailADeliveredOrderWithoutADeliveryDate() {
        assertThat(map(aDeliveredOrder().deliveredAt(null)).invalidReason()).contains("no delivery_date");
    }
}
