package io.katanaluca.sync.katana;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sync.MutableClock;
import io.katanaluca.sync.system.RetryProperties;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** Sales orders, tax rates, shipping fees and fulfillments read from the Katana simulator through the shared paging and rate budget. */
class KatanaSalesOrdersTests {

    private static final int PAGE_SIZE = 2;

    private final KatanaSimulator katana = KatanaSimulator.start(KatanaSimulatorConfig.defaults(), KatanaCatalogue.generate(10, 0, 0, 42));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final KatanaRateBudget budget = new KatanaRateBudget(60, Duration.ofSeconds(60), clock, new FakeSleeper(clock));
    private final KatanaSalesOrders orders = new KatanaSalesOrders(client(katana.baseUrl()));
    private final List<KatanaSalesOrder> read = new ArrayList<>();

    @AfterEach
    void stopKatana() {
        katana.close();
    }

    @Test
    void shouldReadOnlyTheOrdersOfTheAskedStatusesAcrossPagesWithExactAmounts() {
        // given: three delivered orders, one packed, one not shipped
        long exact = anOrder("TRY", null, "3", "33.3333333333", "10.00");
        katana.updateSalesOrderStatus(exact, "DELIVERED");
        long euro = anOrder("EUR", "35.4217", "2.5", "19.99", null);
        katana.updateSalesOrderStatus(euro, "DELIVERED");
        long third = anOrder("TRY", null, "1", "5", null);
        katana.updateSalesOrderStatus(third, "DELIVERED");
        long packed = anOrder("TRY", null, "1", "7", null);
        katana.updateSalesOrderStatus(packed, "PACKED");
        anOrder("TRY", null, "1", "9", null);
        katana.resetStats();

        // when
        long delivered = orders.readPagesWhile(KatanaQuery.allSalesOrders(), Set.of("DELIVERED"), read::addAll);

        // then: two pages of two, newest first, and every amount exactly as Katana sent it
        assertThat(delivered).isEqualTo(3);
        assertThat(read).extracting(KatanaSalesOrder::id).containsExactly(third, euro, exact);
        assertThat(katana.stats().requests("/v1/sales_orders")).isEqualTo(2);
        KatanaSalesOrder first = byId(exact);
        KatanaSalesOrder.Row row = first.salesOrderRows().get(0);
        assertThat(row.pricePerUnit()).isEqualTo(new BigDecimal("33.3333333333"));
        assertThat(row.totalDiscount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(row.quantity()).isEqualByComparingTo("3");
        assertThat(row.total()).isEqualByComparingTo("90.00");
        assertThat(first.total()).isEqualByComparingTo("115.50");
        assertThat(first.shippingFee().amount()).isEqualTo(new BigDecimal("25.50"));
        assertThat(first.shippingFee().salesOrderId()).isEqualTo(exact);
        assertThat(first.addresses()).isNotEmpty().allSatisfy(address -> assertThat(address.entityType()).isIn("billing", "shipping"));
        KatanaSalesOrder foreign = byId(euro);
        assertThat(foreign.currency()).isEqualTo("EUR");
        assertThat(foreign.conversionRate()).isEqualByComparingTo("35.4217");
        assertThat(foreign.salesOrderRows().get(0).pricePerUnit()).isEqualTo(new BigDecimal("19.9900000000"));
        assertThat(foreign.status()).isEqualTo("DELIVERED");
        assertThat(foreign.locationId()).isEqualTo(1L);
        assertThat(foreign.invoicingStatus()).isEqualTo("notInvoiced");
    }

    @Test
    void shouldListOneStatusAfterTheOtherAndStopWhenTheHandlerHasEnough() {
        // given
        long delivered = anOrder("TRY", null, "1", "5", null);
        katana.updateSalesOrderStatus(delivered, "DELIVERED");
        long packed = anOrder("TRY", null, "1", "7", null);
        katana.updateSalesOrderStatus(packed, "PACKED");
        anOrder("TRY", null, "1", "9", null);

        // when
        orders.readPagesWhile(KatanaQuery.allSalesOrders(), Set.of("PACKED", "DELIVERED"), read::addAll);
        katana.resetStats();
        List<KatanaSalesOrder> firstOnly = new ArrayList<>();
        orders.readPagesWhile(KatanaQuery.allSalesOrders(), Set.of("PACKED", "DELIVERED"), page -> !firstOnly.addAll(page));

        // then
        assertThat(read).extracting(KatanaSalesOrder::id).containsExactly(delivered, packed);
        assertThat(firstOnly).extracting(KatanaSalesOrder::id).containsExactly(delivered);
        assertThat(katana.stats().requests("/v1/sales_orders")).isEqualTo(1);
    }

    @Test
    void shouldReadOnlyTheChosenOrdersWithDeletedOnesWhenAsked() {
        // given
        long kept = anOrder("TRY", null, "1", "5", null);
        long deleted = anOrder("TRY", null, "1", "6", null);
        anOrder("TRY", null, "1", "7", null);
        katana.catalogue().deleteSalesOrder(deleted);

        // when
        List<KatanaSalesOrder> chosen = readAll(orders, KatanaQuery.allSalesOrders().withIds(List.of(kept, deleted)));
        List<KatanaSalesOrder> withDeleted = readAll(orders, KatanaQuery.allSalesOrders().withIds(List.of(kept, deleted)).includingDeleted());

        // then
        assertThat(chosen).extracting(KatanaSalesOrder::id).containsExactly(kept);
        assertThat(withDeleted).extracting(KatanaSalesOrder::id).containsExactlyInAnyOrder(kept, deleted);
        assertThat(withDeleted).filteredOn(order -> order.id() == deleted).singleElement()
                .satisfies(order -> assertThat(order.deletedAt()).isNotNull());
    }

    @Test
    void shouldReadOnlyTheOrdersChangedSinceAnInstant() {
        // given: generated orders (changed in 2024) and one added now
        try (KatanaSimulator generated = KatanaSimulator.start(KatanaSimulatorConfig.defaults(), KatanaCatalogue.generate(10, 0, 6, 42))) {
            long added = generated.addSalesOrder(Map.of("customer_id", generated.catalogue().customerIds().get(0),
                    "sales_order_rows", List.of(Map.of("variant_id", generated.catalogue().variantIds().get(0), "quantity", 1))));
            KatanaSalesOrders reader = new KatanaSalesOrders(client(generated.baseUrl()));

            // when
            List<KatanaSalesOrder> all = readAll(reader, KatanaQuery.allSalesOrders());
            List<KatanaSalesOrder> changed = readAll(reader, KatanaQuery.allSalesOrders().updatedSince(Instant.parse("2025-01-01T00:00:00Z")));

            // then
            assertThat(all).hasSize(7);
            assertThat(changed).extracting(KatanaSalesOrder::id).containsExactly(added);
        }
    }

    @Test
    void shouldReadTheTaxRateTableWithItsPercentages() {
        // when
        List<KatanaTaxRate> rates = orders.taxRates();

        // then
        assertThat(rates).hasSize(katana.catalogue().taxRates().size());
        assertThat(rates).filteredOn(rate -> rate.id() == 1).singleElement().satisfies(rate -> {
            assertThat(rate.rate()).isEqualByComparingTo("20");
            assertThat(rate.isDefaultSales()).isTrue();
            assertThat(rate.name()).isEqualTo(katana.catalogue().taxRates().get(0).path("name").asString());
        });
        assertThat(rates).extracting(KatanaTaxRate::rate).map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString)
                .contains("20", "10", "1", "0");
    }

    @Test
    void shouldReadTheShippingFeesAndFulfillmentsOfTheGivenOrdersOnly() {
        // given: a partial delivery of the first order, the whole of the second, and a third order not asked about
        long partial = anOrder("TRY", null, "4", "10", null);
        long rowId = katana.salesOrder(partial).orElseThrow().path("sales_order_rows").get(0).path("id").asLong();
        katana.catalogue().addSalesOrderFulfillment(Map.of("sales_order_id", partial, "status", "DELIVERED",
                "sales_order_fulfillment_rows", List.of(Map.of("sales_order_row_id", rowId, "quantity", 1.5))));
        long whole = anOrder("TRY", null, "1", "8", null);
        katana.updateSalesOrderStatus(whole, "DELIVERED");
        long notAsked = anOrder("TRY", null, "1", "9", null);
        katana.updateSalesOrderStatus(notAsked, "DELIVERED");

        // when
        List<KatanaShippingFee> fees = orders.shippingFees(List.of(partial, whole));
        List<KatanaFulfillment> fulfillments = orders.fulfillments(List.of(partial, whole));

        // then
        assertThat(fees).extracting(KatanaShippingFee::salesOrderId).containsExactly(partial, whole);
        assertThat(fees).allSatisfy(fee -> assertThat(fee.amount()).isEqualTo(new BigDecimal("25.50")));
        assertThat(fulfillments).extracting(KatanaFulfillment::salesOrderId).containsExactly(partial, whole);
        KatanaFulfillment delivery = fulfillments.get(0);
        assertThat(delivery.isDelivered()).isTrue();
        assertThat(delivery.salesOrderFulfillmentRows()).singleElement().satisfies(line -> {
            assertThat(line.salesOrderRowId()).isEqualTo(rowId);
            assertThat(line.quantity()).isEqualByComparingTo("1.5");
        });
        assertThat(katana.salesOrder(partial).orElseThrow().path("status").asString()).isEqualTo("PARTIALLY_DELIVERED");
    }

    private long anOrder(String currency, String conversionRate, String quantity, String price, String discount) {
        Map<String, Object> row = new HashMap<>(Map.of("variant_id", katana.catalogue().variantIds().get(0),
                "quantity", new BigDecimal(quantity), "price_per_unit", price, "tax_rate_id", 1));
        if (discount != null) {
            row.put("total_discount", discount);
        }
        Map<String, Object> order = new HashMap<>(Map.of("customer_id", katana.catalogue().customerIds().get(0),
                "currency", currency, "sales_order_rows", List.of(row),
                "shipping_fee", Map.of("amount", "25.50", "description", "Kargo", "tax_rate_id", 1)));
        if (conversionRate != null) {
            order.put("conversion_rate", new BigDecimal(conversionRate));
        }
        return katana.addSalesOrder(order);
    }

    private static List<KatanaSalesOrder> readAll(KatanaSalesOrders reader, KatanaQuery query) {
        List<KatanaSalesOrder> found = new ArrayList<>();
        reader.readPagesWhile(query, Set.of(), found::addAll);
        return found;
    }

    private KatanaSalesOrder byId(long id) {
        return read.stream().filter(order -> order.id() == id).findFirst().orElseThrow();
    }

    private KatanaClient client(String baseUrl) {
        KatanaProperties properties = new KatanaProperties(baseUrl, "katana-demo-key", PAGE_SIZE, null, null,
                Duration.ofSeconds(2), Duration.ofSeconds(10));
        RecordedWaitsRetry retry = new RecordedWaitsRetry(new RetryProperties.Policy(3, Duration.ofMillis(10), 2.0));
        return new KatanaClient(KatanaConfiguration.restClient(properties, RestClient.builder()), properties.baseUrl(), budget, retry.retry(),
                PAGE_SIZE, clock);
    }
}
