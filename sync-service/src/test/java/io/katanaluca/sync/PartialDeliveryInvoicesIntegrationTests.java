package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sim.luca.StoredInvoice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Partial deliveries invoiced as the setting says (partial-deliveries PER_DELIVERY), end to end
 * through the HTTP API against both simulators: every DELIVERED fulfillment of a delivered or
 * partially delivered order becomes exactly one invoice ({@code KATANA-SO-<order>-D<fulfillment>});
 * the rest of a partial order delivered later becomes one more, without the shipping fee, and the
 * order's invoices then add up to Katana's order total; a run after that writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:partial-delivery-e2e;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=e2e-secret",
        "jobrunr.dashboard.enabled=false",
        "sync.retry.luca.initial-backoff=10ms",
        "sync.retry.katana.initial-backoff=10ms",
        "sync.invoices.series=EFA",
        "sync.invoices.since=2020-01-01",
        "sync.invoices.shipping-card-code=KARGO",
        "sync.invoices.partial-deliveries=PER_DELIVERY"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PartialDeliveryInvoicesIntegrationTests {

    private static final String CREATE = "EkleFtrWsFaturaBaslik.do";
    private static final KatanaCatalogue CATALOGUE = catalogueWithTaxNumbers();
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults(), CATALOGUE);
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults());

    @LocalServerPort
    private int port;
    private SyncApi api;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("katana.base-url", KATANA::baseUrl);
        registry.add("katana.api-key", () -> "katana-demo-key");
        registry.add("luca.base-url", LUCA::baseUrl);
        registry.add("luca.org-code", () -> "1234");
        registry.add("luca.username", () -> "demo");
        registry.add("luca.password", () -> "demo-pass");
    }

    @BeforeEach
    void connect() {
        api = new SyncApi(port, "admin", "e2e-secret");
    }

    @AfterAll
    static void stopSimulators() {
        KATANA.close();
        LUCA.close();
    }

    @Test
    @Order(1)
    void shouldInvoiceEveryDeliveryOnceWithTheShippingFeeOnTheFirst() {
        assertThat(api.runToEnd("{\"syncType\":\"PRODUCT\"}").path("status").asString()).isEqualTo("SUCCESS");
        assertThat(api.runToEnd("{\"syncType\":\"CUSTOMER\"}").path("status").asString()).isEqualTo("SUCCESS");
        List<JsonNode> partial = orders("PARTIALLY_DELIVERED");
        assertThat(partial).as("partially delivered orders in the catalogue").hasSizeGreaterThanOrEqualTo(3);
        Map<String, JsonNode> deliveries = deliveries(orders("DELIVERED"));
        deliveries.putAll(deliveries(partial));

        JsonNode run = api.runToEnd("{\"syncType\":\"SALES_INVOICE\"}");

        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCESS");
        assertThat(run.path("counters").path("created").asInt()).isEqualTo(deliveries.size());
        assertThat(LUCA.callCount(CREATE)).isEqualTo(deliveries.size());
        Map<String, List<StoredInvoice>> byTrackingNo = LUCA.invoices().stream().collect(Collectors.groupingBy(StoredInvoice::belgeTakipNo));
        assertThat(byTrackingNo.keySet()).containsExactlyInAnyOrderElementsOf(deliveries.keySet());
        assertThat(byTrackingNo.values()).allSatisfy(invoices -> assertThat(invoices).hasSize(1));
        for (JsonNode order : orders("DELIVERED")) {
            StoredInvoice invoice = byTrackingNo.get(trackingNo(order, fulfillments(order).get(0))).get(0);
            assertThat(invoice.netTotal()).as("the one delivery of order %s", order.path("id")).isEqualByComparingTo(total(order));
        }
        for (JsonNode order : partial) {
            StoredInvoice invoice = byTrackingNo.get(trackingNo(order, fulfillments(order).get(0))).get(0);
            assertThat(invoice.field("detayList").size()).as("first delivery of order %s: one row, and the shipping fee if any", order.path("id"))
                    .isEqualTo(1 + (order.path("shipping_fee").isObject() ? 1 : 0));
            assertThat(invoice.netTotal()).isLessThan(total(order));
        }
    }

    @Test
    @Order(2)
    void shouldInvoiceTheRestOfAPartialOrderOnceWithoutTheFeeAndAddUpToKatanasTotal() {
        JsonNode order = orders("PARTIALLY_DELIVERED").stream().filter(each -> each.path("shipping_fee").isObject()).findFirst()
                .orElse(orders("PARTIALLY_DELIVERED").get(0));
        long id = order.path("id").asLong();
        CATALOGUE.updateSalesOrderStatus(id, "DELIVERED");
        JsonNode delivered = CATALOGUE.salesOrder(id).orElseThrow();
        List<JsonNode> both = fulfillments(delivered);
        assertThat(both).hasSize(2);
        long createsBefore = LUCA.callCount(CREATE);

        JsonNode run = api.runToEnd("{\"syncType\":\"SALES_INVOICE\"}");

        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCESS");
        assertThat(run.path("counters").path("created").asInt()).isEqualTo(1);
        assertThat(LUCA.callCount(CREATE)).isEqualTo(createsBefore + 1);
        StoredInvoice first = LUCA.invoiceByTrackingNo(trackingNo(delivered, both.get(0))).orElseThrow();
        StoredInvoice rest = LUCA.invoiceByTrackingNo(trackingNo(delivered, both.get(1))).orElseThrow();
        assertThat(rest.field("detayList").toString()).doesNotContain("KARGO");
        assertThat(rest.field("detayList").size()).isEqualTo(delivered.path("sales_order_rows").size() - 1);
        assertThat(first.netTotal().add(rest.netTotal())).isEqualByComparingTo(total(delivered));

        JsonNode again = api.runToEnd("{\"syncType\":\"SALES_INVOICE\"}");

        assertThat(again.path("counters").path("created").asInt()).isZero();
        assertThat(LUCA.callCount(CREATE)).isEqualTo(createsBefore + 1);
    }

    private static Map<String, JsonNode> deliveries(List<JsonNode> orders) {
        return orders.stream().flatMap(order -> fulfillments(order).stream().map(fulfillment -> Map.entry(trackingNo(order, fulfillment), order)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, HashMap::new));
    }

    /** The order's live DELIVERED fulfillments, oldest first. */
    private static List<JsonNode> fulfillments(JsonNode order) {
        return CATALOGUE.salesOrderFulfillments(order.path("id").asLong()).stream()
                .filter(fulfillment -> fulfillment.path("status").asString().equals("DELIVERED"))
                .filter(fulfillment -> fulfillment.path("deleted_at").isNull() || fulfillment.path("deleted_at").isMissingNode())
                .sorted(Comparator.comparingLong(fulfillment -> fulfillment.path("id").asLong())).toList();
    }

    private static String trackingNo(JsonNode order, JsonNode fulfillment) {
        return "KATANA-SO-" + order.path("id").asLong() + "-D" + fulfillment.path("id").asLong();
    }

    private static BigDecimal total(JsonNode order) {
        return new BigDecimal(order.path("total").asString()).setScale(2, RoundingMode.HALF_UP);
    }

    private static List<JsonNode> orders(String status) {
        return CATALOGUE.salesOrders().stream().filter(order -> order.path("status").asString().equals(status))
                .filter(order -> order.path("deleted_at").isNull() || order.path("deleted_at").isMissingNode()).toList();
    }

    private static KatanaCatalogue catalogueWithTaxNumbers() {
        KatanaCatalogue catalogue = KatanaCatalogue.generate(40, 0, 80, 23);
        for (long id : catalogue.customerIds()) {
            catalogue.updateCustomer(id, Map.of("comment", "VKN: 4444444444"));
        }
        return catalogue;
    }
}
