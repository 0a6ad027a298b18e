package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sim.luca.StoredInvoice;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Sales invoices end to end through the HTTP API against both simulators: after the product and
 * customer syncs (every customer with a tax number in its Katana comment), 500 delivered orders
 * (TRY, EUR and USD; 20, 10, 1 and 0 % VAT; discounts; one to four rows; shipping fees; Turkish
 * names) among orders in every other status give exactly 500 Luca invoices, one per delivered
 * order, its net total equal to Katana's order total, and none for the other statuses; a second
 * run writes nothing; an order delivered later whose create reply is lost still gets exactly one
 * invoice, adopted; an order changed after invoicing is reported NOT_UPDATED with the fields that
 * differ; a customer or a material that has no Luca account or card yet is synced first by a
 * targeted run, and a customer that cannot be (no name) fails its order naming both; a
 * sales_order.delivered event (and its retry) invoices its order once, through a targeted run.
 * The simulators answer without added latency: the 500 invoices take a few seconds, and what is
 * tested is the count and the arithmetic, not the pace (the benchmark measures that).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:invoice-sync-e2e;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=e2e-secret",
        "jobrunr.dashboard.enabled=false",
        "sync.retry.luca.initial-backoff=10ms",
        "sync.retry.katana.initial-backoff=10ms",
        "sync.invoices.series=EFA",
        "sync.invoices.since=2020-01-01",
        "sync.invoices.shipping-card-code=KARGO",
        "katana.webhook.token=" + SalesInvoiceSyncIntegrationTests.TOKEN,
        "katana.webhook.coalesce-window=1s",
        "katana.webhook.sales-orders=true"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SalesInvoiceSyncIntegrationTests {

    static final String TOKEN = "invoice-webhook-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CREATE = "EkleFtrWsFaturaBaslik.do";
    private static final int DELIVERED = 500;
    private static final KatanaCatalogue CATALOGUE = catalogueWithTaxNumbers();
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults(), CATALOGUE);
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults());

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    private SyncApi api;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        ServiceApi.useSimulators(registry, KATANA, LUCA);
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
    void shouldInvoiceEveryDeliveredOrderExactlyOnceWithKatanasTotalThenWriteNothing() {
        assertThat(api.runToEnd("{\"syncType\":\"PRODUCT\"}").path("status").asString()).isEqualTo("SUCCESS");
        assertThat(api.runToEnd("{\"syncType\":\"CUSTOMER\"}").path("status").asString()).isEqualTo("SUCCESS");
        List<JsonNode> delivered = orders("DELIVERED");
        assertThat(delivered).hasSize(DELIVERED);
        assertIsVaried(delivered);

        JsonNode first = api.runToEnd("{\"syncType\":\"SALES_INVOICE\"}");

        assertThat(first.path("status").asString()).as(first.toString()).isEqualTo("SUCCESS");
        assertThat(first.path("counters").path("created").asInt()).isEqualTo(DELIVERED);
        assertThat(LUCA.callCount(CREATE)).isEqualTo(DELIVERED);
        assertThat(LUCA.invoiceCount()).isEqualTo(DELIVERED);
        Map<String, List<StoredInvoice>> byTrackingNo = LUCA.invoices().stream().collect(Collectors.groupingBy(StoredInvoice::belgeTakipNo));
        for (JsonNode order : delivered) {
            List<StoredInvoice> invoices = byTrackingNo.get("KATANA-SO-" + order.path("id").asLong());
            assertThat(invoices).as("invoices of order %s", order.path("id")).hasSize(1);
            StoredInvoice invoice = invoices.get(0);
            assertThat(invoice.netTotal()).as("net total of order %s", order.path("id"))
                    .isEqualByComparingTo(new BigDecimal(order.path("total").asString()).setScale(2, RoundingMode.HALF_UP));
            assertThat(invoice.paraBirimKod()).isEqualTo(order.path("currency").asString());
            assertThat(invoice.field("detayList").size()).isEqualTo(order.path("sales_order_rows").size()
                    + (order.path("shipping_fee").isObject() ? 1 : 0));
            assertThat(invoice.field("cariTanim").asString().getBytes(StandardCharsets.UTF_8))
                    .isEqualTo(accountName(order.path("customer_id").asLong()).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(LUCA.invoices().stream().flatMap(invoice -> lines(invoice).stream()).map(line -> line.path("kdvOran").decimalValue()
                .stripTrailingZeros()).collect(Collectors.toSet())).as("VAT rates Luca holds")
                .containsExactlyInAnyOrder(new BigDecimal("0.2"), new BigDecimal("0.1"), new BigDecimal("0.01"), BigDecimal.ZERO);
        assertThat(LUCA.invoices().stream().flatMap(invoice -> lines(invoice).stream()).filter(line -> line.path("iskontoOran1").isNumber()
                && line.path("iskontoOran1").decimalValue().signum() > 0))
                .as("discounted lines").isNotEmpty();
        Set<String> others = CATALOGUE.salesOrders().stream().filter(order -> !order.path("status").asString().equals("DELIVERED"))
                .map(order -> "KATANA-SO-" + order.path("id").asLong()).collect(Collectors.toSet());
        assertThat(others).hasSizeGreaterThan(100);
        assertThat(byTrackingNo.keySet()).doesNotContainAnyElementsOf(others);
        Map<String, Long> writesBefore = lucaWrites();

        JsonNode second = api.runToEnd("{\"syncType\":\"SALES_INVOICE\"}");

        assertThat(second.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(second.path("counters").path("unchanged").asInt()).isEqualTo(DELIVERED);
        assertThat(second.path("counters").path("created").asInt()).isZero();
        assertThat(lucaWrites()).as("Luca writes by endpoint, after the second run").isEqualTo(writesBefore);
        assertThat(LUCA.invoiceCount()).isEqualTo(DELIVERED);
    }

    /** The orders have every feature the mapping must get right; a generator change that lost one would make the test weaker. */
    private static void assertIsVaried(List<JsonNode> delivered) {
        assertThat(delivered.stream().map(order -> order.path("currency").asString()).collect(Collectors.toSet())).contains("TRY", "EUR", "USD");
        List<JsonNode> rows = delivered.stream().flatMap(order -> StreamSupport.stream(order.path("sales_order_rows").spliterator(), false)).toList();
        assertThat(rows.stream().map(row -> row.path("tax_rate_id").asLong()).collect(Collectors.toSet())).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(rows).filteredOn(row -> row.hasNonNull("total_discount") && new BigDecimal(row.path("total_discount").asString()).signum() > 0)
                .hasSizeGreaterThan(50);
        assertThat(delivered).filteredOn(order -> order.path("sales_order_rows").size() > 1).hasSizeGreaterThan(100);
        assertThat(delivered).filteredOn(order -> order.path("shipping_fee").isObject()).hasSizeGreaterThan(50);
        assertThat(delivered).filteredOn(order -> accountName(order.path("customer_id").asLong()).matches(".*[çğıöşüÇĞİÖŞÜ].*"))
                .hasSizeGreaterThan(100);
    }

    private static List<JsonNode> lines(StoredInvoice invoice) {
        return StreamSupport.stream(invoice.field("detayList").spliterator(), false).toList();
    }

    /** Calls to Luca's write actions by endpoint ({@code Ekle*}, {@code Guncelle*}, {@code Sil*}). */
    private static Map<String, Long> lucaWrites() {
        return LUCA.callCounts().entrySet().stream().filter(call -> call.getKey().matches("(Ekle|Guncelle|Sil).*"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    @Order(2)
    void shouldAdoptTheInvoiceLucaStoredWhenTheCreateReplyWasLostAndNeverSendItTwice() {
        long packed = orders("PACKED").get(0).path("id").asLong();
        CATALOGUE.updateSalesOrderStatus(packed, "DELIVERED");
        int invoicesBefore = LUCA.invoiceCount();
        long createsBefore = LUCA.callCount(CREATE);
        LUCA.faults().loseNextReplies(1);

        JsonNode run = api.runToEnd("{\"syncType\":\"SALES_INVOICE\"}");

        assertThat(LUCA.lostReplyCount()).isEqualTo(1);
        assertThat(run.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(run.path("counters").path("created").asInt()).isEqualTo(1);
        assertThat(LUCA.callCount(CREATE) - createsBefore).isEqualTo(1);
        assertThat(LUCA.invoiceCount()).isEqualTo(invoicesBefore + 1);
        JsonNode item = api.items(run.path("jobId").asString(), "outcome=CREATED").get(0);
        assertThat(item.path("katanaId").asLong()).isEqualTo(packed);
        assertThat(item.path("lucaId").asLong()).isEqualTo(LUCA.invoiceByTrackingNo("KATANA-SO-" + packed).orElseThrow().ssFaturaBaslikId());
        assertThat(item.path("warnings").toString()).contains("answer was lost", "adopted");

        JsonNode again = api.runToEnd("{\"syncType\":\"SALES_INVOICE\"}");

        assertThat(again.path("counters").path("created").asInt()).isZero();
        assertThat(LUCA.invoiceCount()).isEqualTo(invoicesBefore + 1);
    }

    @Test
    @Order(3)
    void shouldReportAnOrderChangedAfterInvoicingAndSyncAMissingCustomerFirstButNeverInventOne() {
        JsonNode invoiced = orders("DELIVERED").get(3);
        long changed = invoiced.path("id").asLong();
        CATALOGUE.updateSalesOrder(changed, Map.of("order_no", "SO-DÜZELTİLDİ-1"));
        long stranger = CATALOGUE.addCustomer(Map.of("name", "Şükrü Öztürk", "company", "Şükrü Öztürk Ticaret Ltd. Şti.", "currency", "TRY",
                "comment", "VKN: 4444444444"));
        long nameless = CATALOGUE.addCustomer(Map.of("currency", "TRY", "comment", "VKN: 5555555555"));
        List<JsonNode> pending = orders("PENDING");
        long ofStranger = pending.get(0).path("id").asLong();
        long ofNameless = pending.get(1).path("id").asLong();
        CATALOGUE.updateSalesOrder(ofStranger, Map.of("customer_id", stranger, "status", "DELIVERED"));
        CATALOGUE.updateSalesOrder(ofNameless, Map.of("customer_id", nameless, "status", "DELIVERED"));
        CATALOGUE.addMaterial(Map.of("name", "Çelik Levha 2 mm", "uom", "kg", "variants", List.of(Map.of("sku", "ÇL-2MM", "purchase_price", 40))));
        long newVariant = CATALOGUE.variants().stream().filter(variant -> variant.path("sku").asString().equals("ÇL-2MM")).findFirst()
                .orElseThrow().path("id").asLong();
        long ofNewMaterial = pending.get(2).path("id").asLong();
        CATALOGUE.updateSalesOrderRow(pending.get(2).path("sales_order_rows").get(0).path("id").asLong(), Map.of("variant_id", newVariant));
        CATALOGUE.updateSalesOrder(ofNewMaterial, Map.of("status", "DELIVERED"));
        int invoicesBefore = LUCA.invoiceCount();
        long createsBefore = LUCA.callCount(CREATE);

        JsonNode run = api.runToEnd("{\"syncType\":\"SALES_INVOICE\"}");

        assertThat(run.path("status").asString()).isEqualTo("PARTIAL");
        assertThat(LUCA.callCount(CREATE)).isEqualTo(createsBefore + 2);
        assertThat(LUCA.invoiceCount()).isEqualTo(invoicesBefore + 2);
        String jobId = run.path("jobId").asString();
        Map<Long, JsonNode> created = api.items(jobId, "outcome=CREATED").stream()
                .collect(Collectors.toMap(item -> item.path("katanaId").asLong(), item -> item));
        assertThat(created.keySet()).containsExactlyInAnyOrder(ofStranger, ofNewMaterial);
        long invoiceRun = jdbc.queryForObject("SELECT id FROM sync_operation_log WHERE job_id = ?", Long.class, jobId);
        List<Map<String, Object>> firstRuns = jdbc.queryForList("SELECT id, sync_type, status FROM sync_operation_log WHERE triggered_by = ?"
                + " ORDER BY id", "sales-invoice-run-" + invoiceRun);
        // Master data is synced first page by page: the two customers share one CUSTOMER run when their orders are on one page.
        assertThat(firstRuns).as("runs synced first for the invoice run").extracting(firstRun -> firstRun.get("SYNC_TYPE"))
                .containsOnly("CUSTOMER", "MATERIAL").containsOnlyOnce("MATERIAL").hasSizeBetween(2, 3);
        Map<String, String> firstRunEnds = firstRuns.stream().collect(Collectors.toMap(firstRun -> firstRun.get("SYNC_TYPE") + " run " + firstRun.get("ID"),
                firstRun -> (String) firstRun.get("STATUS")));
        String strangerRun = syncedFirstBy(created.get(ofStranger).path("warnings").toString(), firstRunEnds);
        JsonNode failure = api.items(jobId, "outcome=FAILED").get(0);
        String namelessRun = syncedFirstBy(failure.path("reason").asString(), firstRunEnds);
        assertThat(strangerRun).as("the run that synced customer %s", stranger).matches("CUSTOMER run \\d+ ended (SUCCESS|PARTIAL)");
        assertThat(namelessRun).as("the run that synced customer %s", nameless).matches("CUSTOMER run \\d+ ended (FAILED|PARTIAL)");
        assertThat(created.get(ofStranger).path("warnings").toString())
                .contains("customer " + stranger + " had no Luca account and was synced first (" + strangerRun + ")");
        assertThat(created.get(ofNewMaterial).path("warnings").toString()).contains("variant " + newVariant
                + " had no Luca stock card and its material was synced first (MATERIAL run " + firstRuns.stream()
                .filter(firstRun -> firstRun.get("SYNC_TYPE").equals("MATERIAL")).findFirst().orElseThrow().get("ID") + " ended SUCCESS)");
        assertThat(LUCA.invoiceByTrackingNo("KATANA-SO-" + ofNewMaterial).orElseThrow().field("detayList").toString()).contains("ÇL-2MM");
        assertThat(LUCA.invoiceByTrackingNo("KATANA-SO-" + ofStranger).orElseThrow().field("cariTanim").asString())
                .isEqualTo("Şükrü Öztürk Ticaret Ltd. Şti.");
        JsonNode report = api.items(jobId, "outcome=NOT_UPDATED").get(0);
        assertThat(report.path("katanaId").asLong()).isEqualTo(changed);
        assertThat(report.path("action").asString()).isEqualTo("CHANGED");
        assertThat(report.path("reason").asString()).contains("not updated: the order changed after it was invoiced", "siparisNo",
                "belgeAciklama");
        assertThat(failure.path("katanaId").asLong()).isEqualTo(ofNameless);
        assertThat(failure.path("reason").asString()).contains("customer " + nameless + " has no Luca account",
                "customer " + nameless + " had no Luca account and was synced first (" + namelessRun + ")");

        JsonNode preview = api.getJson("/api/sync/mapping/preview?salesOrderId=" + changed);

        assertThat(preview.path("syncType").asString()).isEqualTo("SALES_INVOICE");
        assertThat(preview.path("action").asString()).isEqualTo("CHANGED");
        assertThat(preview.path("lucaId").asLong()).isEqualTo(LUCA.invoiceByTrackingNo("KATANA-SO-" + changed).orElseThrow().ssFaturaBaslikId());
        assertThat(preview.path("changedFields").toString()).contains("siparisNo", "belgeAciklama");
        assertThat(preview.path("payload").path("belgeTakipNo").asString()).isEqualTo("KATANA-SO-" + changed);
    }

    /** A delivered event (and Katana's retry of it) becomes one targeted run and one invoice; the same event later writes nothing. */
    @Test
    @Order(4)
    void shouldInvoiceAnOrderOnceFromItsDeliveredEventAndItsRetry() throws Exception {
        long order = orders("PACKED").get(0).path("id").asLong();
        CATALOGUE.updateSalesOrderStatus(order, "DELIVERED");
        String event = "{\"resource_type\":\"sales_order\",\"action\":\"sales_order.delivered\",\"webhook_id\":1,"
                + "\"object\":{\"id\":" + order + ",\"status\":\"DELIVERED\"}}";
        int invoicesBefore = LUCA.invoiceCount();

        assertThat(deliver(event, null).statusCode()).isEqualTo(202);
        assertThat(deliver(event, "1").statusCode()).isEqualTo(202);
        JsonNode run = awaitWebhookRun(1);

        assertThat(run.path("syncType").asString()).isEqualTo("SALES_INVOICE");
        assertThat(run.path("counters").path("total").asInt()).isEqualTo(1);
        assertThat(run.path("counters").path("created").asInt()).isEqualTo(1);
        assertThat(LUCA.invoiceCount()).isEqualTo(invoicesBefore + 1);
        assertThat(LUCA.invoiceByTrackingNo("KATANA-SO-" + order)).isPresent();

        deliver(event, null);
        JsonNode repeat = awaitWebhookRun(2);

        assertThat(repeat.path("counters").path("unchanged").asInt()).isEqualTo(1);
        assertThat(LUCA.invoiceCount()).isEqualTo(invoicesBefore + 1);
    }

    /** The "TYPE run ID ended STATUS" a result names, checked against how that run, synced first, really ended. */
    private static String syncedFirstBy(String text, Map<String, String> firstRunEnds) {
        Matcher named = Pattern.compile("(CUSTOMER run \\d+) ended (\\w+)").matcher(text);
        assertThat(named.find()).as("a CUSTOMER run named in: %s", text).isTrue();
        assertThat(firstRunEnds).containsEntry(named.group(1), named.group(2));
        return named.group();
    }

    private JsonNode awaitWebhookRun(int number) {
        String jobId = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(300)).until(
                () -> jdbc.queryForList("SELECT job_id FROM sync_operation_log WHERE triggered_by = 'katana-webhook' ORDER BY id", String.class),
                ids -> ids.size() >= number).get(number - 1);
        return api.awaitEnd(jobId);
    }

    private HttpResponse<String> deliver(String body, String retryNum) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/webhooks/katana"))
                .header("Content-Type", "application/json")
                .header("x-sha2-signature", HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8))))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (retryNum != null) {
            request.header("X-Katana-Retry-Num", retryNum);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonNode> orders(String status) {
        return DeliveredOrders.in(CATALOGUE, status);
    }

    private static String accountName(long customerId) {
        JsonNode customer = CATALOGUE.customer(customerId).orElseThrow();
        String company = customer.path("company").asString("");
        return company.isBlank() ? customer.path("name").asString() : company;
    }

    /**
     * A generated catalogue (150 products, 30 customers, 700 orders in every status), every customer
     * with a tax number in its comment (as the customer sync reads it by default), and not-shipped
     * orders delivered in id order until exactly {@value #DELIVERED} are.
     */
    private static KatanaCatalogue catalogueWithTaxNumbers() {
        KatanaCatalogue catalogue = DeliveredOrders.withTaxNumbers(KatanaCatalogue.generate(150, 0, 700, 11));
        List<JsonNode> notShipped = catalogue.salesOrders().stream().filter(order -> order.path("status").asString().equals("NOT_SHIPPED")).toList();
        long generated = catalogue.salesOrders().stream().filter(order -> order.path("status").asString().equals("DELIVERED")).count();
        if (generated > DELIVERED || generated + notShipped.size() < DELIVERED + 10) {
            throw new IllegalStateException(generated + " generated delivered orders and " + notShipped.size()
                    + " not shipped cannot make exactly " + DELIVERED + " delivered with some left over");
        }
        notShipped.stream().limit(DELIVERED - generated).forEach(order -> catalogue.updateSalesOrderStatus(order.path("id").asLong(), "DELIVERED"));
        return catalogue;
    }
}
