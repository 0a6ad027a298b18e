package io.katanaluca.sync.invoice.domain;

import static io.katanaluca.sync.invoice.domain.KatanaSalesOrders.TAX_RATES;
import static io.katanaluca.sync.invoice.domain.KatanaSalesOrders.aDeliveredOrder;
import static io.katanaluca.sync.invoice.domain.KatanaSalesOrders.aRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.katanaluca.sync.invoice.domain.InvoiceDraft.Line;
import io.katanaluca.sync.katana.KatanaFulfillment;
import io.katanaluca.sync.katana.KatanaSalesOrder;
import io.katanaluca.sync.katana.KatanaShippingFee;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** PER_DELIVERY: one invoice per DELIVERED fulfillment, the shipping fee on the first, the discounts adding up to the order's. */
class InvoiceDeliveryMappingTests {

    private static final InvoiceCustomer CUSTOMER = new InvoiceCustomer(1501, "KTN-1501", "Boğaziçi Tekstil A.Ş.", "4444444444");
    private static final InvoiceRules RULES = new InvoiceRules("EFA", null, null, null, null, null, 30, null, "KARGO", false,
            InvoiceRules.PartialDeliveries.PER_DELIVERY, null, null, null);
    private static final KatanaShippingFee FEE = new KatanaShippingFee(2801, 2001, new BigDecimal("25.99"), KatanaSalesOrders.VAT_20, "Aras Kargo");

    private final InvoiceMapper mapper = new InvoiceMapper(RULES, new VatTable(TAX_RATES, RULES),
            variant -> Optional.ofNullable(Map.of(5001L, "SKU-5001", 5002L, "SKU-5002").get(variant)));

    // Row 1: 3 × 100 less 30; row 2: 1 × 50; shipping 25.99 → 345.99.
    private final KatanaSalesOrder order = aDeliveredOrder().withStatus("PARTIALLY_DELIVERED")
            .withRow(aRow().quantity("3").price("100").discount("30")).withRow(aRow().variant(5002L).quantity("1").price("50"))
            .withTotal("345.99").build();
    private final long rowOne = order.salesOrderRows().get(0).id();
    private final long rowTwo = order.salesOrderRows().get(1).id();

    @Test
    void shouldInvoiceEachDeliveryOnItsOwnWithTheShippingFeeOnTheFirstAndTheDiscountsAddingUp() {
        KatanaFulfillment first = delivery(71, "2026-04-02T09:00:00Z", Map.of(rowOne, "1"));
        KatanaFulfillment second = delivery(72, "2026-04-09T09:00:00Z", Map.of(rowOne, "2", rowTwo, "1"));
        List<KatanaFulfillment> both = List.of(first, second);

        MappedInvoice one = mapper.mapDelivery(order, first, both, CUSTOMER, Optional.of(FEE));
        MappedInvoice two = mapper.mapDelivery(order, second, both, CUSTOMER, Optional.of(FEE));

        assertThat(one.isValid()).as(one.invalidReason()).isTrue();
        assertThat(two.isValid()).as(two.invalidReason()).isTrue();
        assertThat(one.belgeTakipNo()).isEqualTo("KATANA-SO-2001-D71");
        assertThat(one.recordId()).isEqualTo(71);
        assertThat(two.draft().belgeTakipNo()).isEqualTo("KATANA-SO-2001-D72");
        assertThat(one.draft().belgeTarihi()).isEqualTo("02/04/2026");
        assertThat(two.draft().belgeAciklama()).isEqualTo("Katana sales order SO-2024-001, delivery 72");
        assertThat(one.draft().detayList()).extracting(Line::kartKodu, Line::miktar, Line::tutar)
                .containsExactly(tuple("SKU-5001", new BigDecimal("1"), new BigDecimal("90.00")),
                        tuple("KARGO", new BigDecimal("1"), new BigDecimal("25.99")));
        assertThat(two.draft().detayList()).extracting(Line::kartKodu, Line::tutar)
                .containsExactly(tuple("SKU-5001", new BigDecimal("180.00")),
                        tuple("SKU-5002", new BigDecimal("50.00")));
        assertThat(one.draft().netTotal().add(two.draft().netTotal())).isEqualByComparingTo(order.total());
        assertThat(one.warnings()).anySatisfy(warning -> assertThat(warning).contains("Katana's order total 345.99 covers the whole order"));
    }

    @Test
    void shouldProrateADiscountOnTheCumulativeQuantitySoThatThreeDeliveriesTakeItAllToTheKurus() {
        KatanaSalesOrder thirds = aDeliveredOrder().withRow(aRow().quantity("3").price("10").discount("10")).withTotal("20").build();
        long row = thirds.salesOrderRows().get(0).id();
        List<KatanaFulfillment> three = List.of(delivery(1, "2026-04-01T09:00:00Z", Map.of(row, "1")),
                delivery(2, "2026-04-02T09:00:00Z", Map.of(row, "1")), delivery(3, "2026-04-03T09:00:00Z", Map.of(row, "1")));

        List<BigDecimal> nets = three.stream().map(each -> mapper.mapDelivery(thirds, each, three, CUSTOMER, Optional.empty()).draft().netTotal())
                .toList();

        assertThat(nets).containsExactly(new BigDecimal("6.67"), new BigDecimal("6.66"), new BigDecimal("6.67"));
        assertThat(nets.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("20");
    }

    @Test
    void shouldCheckKatanasTotalWhenOneDeliveryIsTheWholeOrder() {
        KatanaSalesOrder wrongTotal = aDeliveredOrder().withRow(aRow().quantity("2").price("10")).withTotal("20.01").build();
        KatanaFulfillment all = delivery(5, "2026-04-01T09:00:00Z", Map.of(wrongTotal.salesOrderRows().get(0).id(), "2"));

        MappedInvoice mapped = mapper.mapDelivery(wrongTotal, all, List.of(all), CUSTOMER, Optional.empty());

        assertThat(mapped.invalidReason()).contains("delivery 5 was not invoiced", "is 20.00 TRY but Katana's order total is 20.01");
    }

    @Test
    void shouldFailADeliveryOfARowTheOrderDoesNotHold() {
        KatanaFulfillment stray = delivery(9, "2026-04-01T09:00:00Z", Map.of(424242L, "1"));

        MappedInvoice mapped = mapper.mapDelivery(order, stray, List.of(stray), CUSTOMER, Optional.of(FEE));

        assertThat(mapped.isValid()).isFalse();
        assertThat(mapped.belgeTakipNo()).isEqualTo("KATANA-SO-2001-D9");
        assertThat(mapped.invalidReason()).contains("delivery 9 was not invoiced: it names row 424242, which the order does not hold");
    }

    @Test
    void shouldFailAPartialDeliveryWithoutADeliveredFulfillmentAndReadItAsDue() {
        assertThat(mapper.isDue(order)).isTrue();
        assertThat(mapper.map(order, CUSTOMER, Optional.empty()).invalidReason()).contains("PARTIALLY_DELIVERED", "no DELIVERED fulfillment");
    }

    private KatanaFulfillment delivery(long id, String pickedAt, Map<Long, String> quantities) {
        List<KatanaFulfillment.Row> rows = quantities.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new KatanaFulfillment.Row(entry.getKey(), new BigDecimal(entry.getValue()))).toList();
        return new KatanaFulfillment(id, 2001, "DELIVERED", Instant.parse(pickedAt), null, rows, Instant.parse(pickedAt), null);
    }
}
