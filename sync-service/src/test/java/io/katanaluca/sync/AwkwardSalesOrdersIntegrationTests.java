package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sim.luca.StoredInvoice;
import io.katanaluca.sync.AwkwardSalesOrders.Expected;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * The awkward-orders fixture ({@link AwkwardSalesOrders}) end to end through the HTTP API against
 * both simulators, with the default rules: after the product and customer syncs, one SALES_INVOICE
 * run gives every order exactly its documented outcome in the run's items (the reason naming the
 * row and what it lacks, or the warning naming the row left off), Luca gets an invoice for exactly
 * the orders that could be invoiced and no create is sent for the others; an invoiced order whose
 * delivery date then changes in Katana is reported NOT_UPDATED naming the invoice fields that would
 * differ, and nothing is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:awkward-orders-e2e;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=e2e-secret",
        "jobrunr.dashboard.enabled=false",
        "sync.retry.luca.initial-backoff=10ms",
        "sync.retry.katana.initial-backoff=10ms",
        "sync.invoices.series=EFA",
        "sync.invoices.since=2020-01-01"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AwkwardSalesOrdersIntegrationTests {

    private static final String CREATE = "EkleFtrWsFaturaBaslik.do";
    private static final AwkwardSalesOrders FIXTURE = AwkwardSalesOrders.build();
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults(), FIXTURE.catalogue);
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
    void shouldGiveEveryAwkwardOrderItsDocumentedOutcomeAndInvoiceOnlyTheOrdersThatCanBe() {
        assertThat(api.runToEnd("{\"syncType\":\"PRODUCT\"}").path("status").asString()).isEqualTo("SUCCESS");
        JsonNode customers = api.runToEnd("{\"syncType\":\"CUSTOMER\"}");
        assertThat(customers.path("status").asString()).as("the nameless customer fails").isEqualTo("PARTIAL");
        JsonNode nameless = api.items(customers.path("jobId").asString(), "outcome=FAILED").get(0);
        assertThat(nameless.path("katanaId").asLong()).isEqualTo(FIXTURE.namelessCustomer);
        assertThat(nameless.path("reason").asString()).contains("has no name");

        JsonNode run = api.runToEnd("{\"syncType\":\"SALES_INVOICE\"}");

        assertThat(run.path("status").asString()).isEqualTo("PARTIAL");
        Map<Long, JsonNode> items = byOrder(api.items(run.path("jobId").asString(), ""));
        assertThat(items.keySet()).containsExactlyInAnyOrderElementsOf(FIXTURE.expected.stream().map(Expected::orderId).toList());
        for (Expected expected : FIXTURE.expected) {
            assertOutcome(items.get(expected.orderId()), expected);
        }
        List<Long> invoiceable = FIXTURE.expected.stream().filter(expected -> expected.outcome().equals("CREATED")).map(Expected::orderId).toList();
        assertThat(LUCA.callCount(CREATE)).as("creates sent").isEqualTo(invoiceable.size());
        assertThat(LUCA.invoices().stream().map(StoredInvoice::belgeTakipNo))
                .containsExactlyInAnyOrderElementsOf(invoiceable.stream().map(id -> "KATANA-SO-" + id).toList());
        StoredInvoice withoutZeroRow = LUCA.invoiceByTrackingNo("KATANA-SO-" + FIXTURE.zeroQuantityOrder).orElseThrow();
        assertThat(withoutZeroRow.field("detayList").size()).as("lines of the order with a zero-quantity row").isEqualTo(1);
        assertThat(withoutZeroRow.field("detayList").get(0).path("miktar").decimalValue()).isEqualByComparingTo("3");
        assertThat(withoutZeroRow.netTotal()).isEqualByComparingTo(katanaTotal(FIXTURE.zeroQuantityOrder));
    }

    @Test
    @Order(2)
    void shouldReportAnOrderChangedAfterInvoicingNamingWhatChangedAndWriteNothing() {
        FIXTURE.catalogue.updateSalesOrder(FIXTURE.changedLater, Map.of("delivery_date", AwkwardSalesOrders.LATER_DELIVERY_DATE));
        long createsBefore = LUCA.callCount(CREATE);
        long invoice = LUCA.invoiceByTrackingNo("KATANA-SO-" + FIXTURE.changedLater).orElseThrow().ssFaturaBaslikId();

        JsonNode run = api.runToEnd("{\"syncType\":\"SALES_INVOICE\"}");

        Map<Long, JsonNode> items = byOrder(api.items(run.path("jobId").asString(), ""));
        JsonNode changed = items.get(FIXTURE.changedLater);
        assertThat(changed.path("outcome").asString()).isEqualTo("NOT_UPDATED");
        assertThat(changed.path("action").asString()).isEqualTo("CHANGED");
        assertThat(changed.path("lucaId").asLong()).isEqualTo(invoice);
        assertThat(changed.path("reason").asString()).contains("ssFaturaBaslikId " + invoice, "not updated: the order changed after it was invoiced",
                "differing fields: ", "belgeTarihi", "vadeTarihi", "corrected in Luca by hand");
        assertThat(changed.path("reason").asString()).doesNotContain("siparisNo", "detayList");
        assertThat(items.get(FIXTURE.plainOrder).path("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(items.get(FIXTURE.zeroQuantityOrder).path("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(LUCA.callCount(CREATE)).isEqualTo(createsBefore);
        assertThat(LUCA.invoiceByTrackingNo("KATANA-SO-" + FIXTURE.changedLater).orElseThrow().field("belgeTarihi").asString())
                .as("the invoice stays as it was").isEqualTo("20/11/2026");
    }

    private static void assertOutcome(JsonNode item, Expected expected) {
        String kind = expected.kind();
        assertThat(item.path("action").asString()).as(kind + ": action").isEqualTo(expected.action());
        assertThat(item.path("outcome").asString()).as(kind + ": outcome").isEqualTo(expected.outcome());
        String reason = item.path("reason").asString("");
        if (expected.reasonParts().isEmpty()) {
            assertThat(reason).as(kind + ": reason").isEmpty();
        } else {
            assertThat(reason).as(kind + ": reason").contains("(id " + expected.orderId() + ") was not invoiced").contains(expected.reasonParts());
        }
        List<String> warnings = SyncApi.JSON.convertValue(item.path("warnings"), SyncApi.JSON.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        if (expected.warningParts().isEmpty()) {
            assertThat(warnings).as(kind + ": warnings").isEmpty();
        } else {
            assertThat(warnings).as(kind + ": warnings").anySatisfy(warning -> assertThat(warning).contains(expected.warningParts()));
        }
    }

    private static BigDecimal katanaTotal(long orderId) {
        return new BigDecimal(FIXTURE.catalogue.salesOrder(orderId).orElseThrow().path("total").asString());
    }

    private static Map<Long, JsonNode> byOrder(List<JsonNode> items) {
        assertThat(items).allSatisfy(item -> assertThat(item.path("syncType").asString()).isEqualTo("SALES_INVOICE"));
        return items.stream().collect(Collectors.toMap(item -> item.path("katanaId").asLong(), Function.identity()));
    }
}
