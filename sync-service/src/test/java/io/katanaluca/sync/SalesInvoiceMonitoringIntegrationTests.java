package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.luca.LucaSimulator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jobrunr.jobs.RecurringJob;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Sales invoices in the demo (profile {@code demo}: its simulators in-process on free ports, its
 * catalogue, its {@code sync.invoices} settings and password; H2 in memory) and in the monitoring,
 * like the other types. The README's "Invoices in the demo" block, run as written: after an ALL
 * run, one SALES_INVOICE run invoices every delivered demo order with Katana's totals and no
 * failure, a second writes nothing, with the README's figures. The dashboard API, the job API, the
 * per-record items, the Prometheus scrape and the web page show those runs with their exact
 * counts; a recurring schedule entry of type SALES_INVOICE, fired as JobRunr fires it, starts an
 * incremental SALES_INVOICE run of the orders changed since (one of a customer it syncs first, one
 * of a customer that cannot be synced, failed with its reason, which the page lists). The
 * methods build on each other's runs, hence the order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:invoice-monitoring;DB_CLOSE_DELAY=-1",
        "jobrunr.dashboard.enabled=false",
        "sync.retry.luca.initial-backoff=10ms",
        "sync.retry.katana.initial-backoff=10ms",
        "logging.level.org.openqa.selenium.devtools=ERROR",
        "logging.level.org.openqa.selenium.chromium=ERROR",
        "sync.schedules.invoices-nightly.type=SALES_INVOICE",
        "sync.schedules.invoices-nightly.mode=INCREMENTAL",
        "sync.schedules.invoices-nightly.cron=0 3 1 1 *", // on, but never firing by itself during the test
        "sync.incremental.overlap=0s"}) // so that only a failure carried over brings an unchanged order back
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SalesInvoiceMonitoringIntegrationTests {

    private static final Path README = Path.of("..", "README.md");
    private static final String PASSWORD = "demo";
    private static final String CREATE = "EkleFtrWsFaturaBaslik.do";
    private static final String SCHEDULE = "invoices-nightly";
    /** The README's figures of the demo's orders: change them together. */
    private static final int DELIVERED = 87;
    private static final Map<String, Long> STATUSES = Map.of("DELIVERED", 87L, "NOT_SHIPPED", 9L, "PACKED", 7L,
            "PARTIALLY_DELIVERED", 7L, "PARTIALLY_PACKED", 3L, "PENDING", 7L);
    private static final Map<String, Long> CURRENCIES = Map.of("TRY", 60L, "EUR", 19L, "USD", 8L);
    private static final Map<String, Long> VAT_RATES_OF_ROWS = Map.of("20", 126L, "10", 44L, "1", 17L, "0", 25L);
    private static String invoiceJob;
    private static String againJob;
    private static String scheduledJob;
    private static long ofTheNameless;
    private static long nameless;

    @LocalServerPort
    private int port;
    @Autowired
    private KatanaSimulator katana;
    @Autowired
    private LucaSimulator luca;
    @Autowired
    private StorageProvider jobStorage;
    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void freePorts(DynamicPropertyRegistry registry) {
        int katanaPort = SingleNodeService.freePort();
        int lucaPort = SingleNodeService.freePort();
        registry.add("demo.katana-port", () -> katanaPort);
        registry.add("demo.luca-port", () -> lucaPort);
    }

    @Test
    @Order(1)
    void shouldInvoiceEveryDeliveredDemoOrderOnceAsTheReadmeSaysWithKatanasTotalsAndNoFailure(@TempDir Path directory) throws Exception {
        ReadmeScript helpers = ReadmeScript.ofSection(README, "### A first walk-through");
        ReadmeScript script = ReadmeScript.ofSection(README, "### Invoices in the demo").after(helpers.blocks().get(0))
                .onPorts(Map.of(8080, port, 8081, katana.port(), 8082, luca.port()));
        List<JsonNode> delivered = orders("DELIVERED");

        ReadmeScript.Run run = script.run(directory, Duration.ofMinutes(3));

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(script.blocks()).hasSize(2);
        assertThat(run.command(1, "wait_for $MASTER").output()).isEqualTo("SUCCESS");
        assertThat(run.command(1, "wait_for $INV").output()).isEqualTo("SUCCESS");
        JsonNode job = run.command(1, "$API/job/$INV").json();
        invoiceJob = job.path("jobId").asString();
        assertThat(job.path("syncType").asString()).isEqualTo("SALES_INVOICE");
        assertThat(job.path("counters").path("created").asInt()).as(job.toString()).isEqualTo(DELIVERED);
        assertThat(job.path("counters").path("failed").asInt()).isZero();
        JsonNode items = run.command(1, "items?size=3\"").json().path("items");
        assertThat(items).hasSize(3).allSatisfy(item -> assertThat(item.path("lucaId").asLong())
                .isEqualTo(luca.invoiceByTrackingNo(item.path("cardCode").asString()).orElseThrow().ssFaturaBaslikId()));
        JsonNode preview = run.command(1, "salesOrderId=30000001\"").json();
        assertThat(preview.path("syncType").asString()).isEqualTo("SALES_INVOICE");
        assertThat(preview.path("payload").path("belgeTakipNo").asString()).isEqualTo("KATANA-SO-30000001");
        assertThat(preview.path("lucaId").asLong()).isEqualTo(luca.invoiceByTrackingNo("KATANA-SO-30000001").orElseThrow().ssFaturaBaslikId());
        assertThat(run.command(1, "/_sim/stats").json().path("calls").path(CREATE).asInt()).isEqualTo(DELIVERED);
        assertThat(run.command(1, "wait_for $AGAIN").output()).isEqualTo("SUCCESS");
        JsonNode again = run.command(1, "$API/job/$AGAIN").json();
        againJob = again.path("jobId").asString();
        assertThat(again.path("counters").path("unchanged").asInt()).as(again.toString()).isEqualTo(DELIVERED);
        assertThat(again.path("counters").path("created").asInt()).isZero();
        assertThat(luca.callCount(CREATE)).isEqualTo(DELIVERED);
        assertTheReadmesFiguresOfTheOrders(delivered);
        DeliveredOrders.assertExactlyOneInvoiceEach(katana.catalogue(), luca);
        assertThat(luca.invoices().stream().mapToInt(invoice -> invoice.field("detayList").size()).sum())
                .as("the rows and shipping lines").isEqualTo(212 + 33);
    }

    @Test
    @Order(2)
    void shouldShowTheInvoiceRunInTheDashboardApiBesideTheOtherTypes() throws Exception {
        SyncApi api = api();

        JsonNode summary = api.getJson("/api/sync/dashboard/summary");
        JsonNode listed = api.getJson("/api/sync/dashboard/jobs?syncType=SALES_INVOICE");
        JsonNode detail = api.getJson("/api/sync/dashboard/jobs/" + invoiceJob);
        JsonNode stats = api.getJson("/api/sync/dashboard/stats");

        assertThat(types(summary.path("byType"))).containsExactly("PRODUCT", "MATERIAL", "CUSTOMER", "SALES_INVOICE");
        JsonNode invoices = summary.path("byType").get(3);
        assertThat(invoices.path("count").asInt()).isEqualTo(2);
        assertThat(invoices.path("success").asInt()).isEqualTo(2);
        assertThat(invoices.path("successOnly").asInt()).isEqualTo(2);
        assertThat(invoices.path("failed").asInt()).isZero();
        assertThat(invoices.path("totalProcessed").asInt()).isEqualTo(2 * DELIVERED);
        assertThat(invoices.path("totalSuccess").asInt()).isEqualTo(2 * DELIVERED);
        assertThat(invoices.path("totalFailed").asInt()).isZero();
        assertThat(listed.path("total").asInt()).isEqualTo(2);
        assertThat(StreamSupport.stream(listed.path("jobs").spliterator(), false).map(job -> job.path("jobId").asString()).toList())
                .containsExactly(againJob, invoiceJob);
        JsonNode job = listed.path("jobs").get(1);
        assertThat(job.path("syncType").asString()).isEqualTo("SALES_INVOICE");
        assertThat(job.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(job.path("counters").path("created").asInt()).isEqualTo(DELIVERED);
        assertThat(listed.path("jobs").get(0).path("counters").path("unchanged").asInt()).isEqualTo(DELIVERED);
        assertThat(detail.path("syncType").asString()).isEqualTo("SALES_INVOICE");
        assertThat(detail.path("counters")).isEqualTo(api.getJson("/api/sync/job/" + invoiceJob).path("counters"));
        assertThat(StreamSupport.stream(stats.path("lastRunByType").spliterator(), false)
                .filter(last -> last.path("syncType").asString().equals("SALES_INVOICE")).map(last -> last.path("jobId").asString()).toList())
                .containsExactly(againJob);
    }

    @Test
    @Order(3)
    void shouldGiveTheInvoiceRunsJobAndEveryOrdersResultThroughTheJobApi() throws Exception {
        SyncApi api = api();
        Set<Long> deliveredIds = orders("DELIVERED").stream().map(order -> order.path("id").asLong()).collect(Collectors.toSet());

        JsonNode job = api.getJson("/api/sync/job/" + invoiceJob);
        List<JsonNode> items = api.items(invoiceJob, "");

        assertThat(job.path("syncType").asString()).isEqualTo("SALES_INVOICE");
        assertThat(job.path("progress").path("done").asInt()).isEqualTo(DELIVERED);
        assertThat(job.path("progress").path("total").asInt()).isEqualTo(DELIVERED);
        assertThat(job.path("outcomes").path("CREATED").asInt()).isEqualTo(DELIVERED);
        assertThat(job.path("planned").path("CREATE").asInt()).isEqualTo(DELIVERED);
        assertThat(job.path("parts")).hasSize(1);
        assertThat(job.path("parts").get(0).path("syncType").asString()).isEqualTo("SALES_INVOICE");
        assertThat(job.path("firstErrors")).isEmpty();
        assertThat(items).hasSize(DELIVERED).allSatisfy(item -> {
            assertThat(item.path("syncType").asString()).isEqualTo("SALES_INVOICE");
            assertThat(item.path("outcome").asString()).isEqualTo("CREATED");
            assertThat(item.path("cardCode").asString()).isEqualTo("KATANA-SO-" + item.path("katanaId").asLong());
            assertThat(item.path("lucaId").asLong()).as(item.toString())
                    .isEqualTo(luca.invoiceByTrackingNo(item.path("cardCode").asString()).orElseThrow().ssFaturaBaslikId());
        });
        assertThat(items.stream().map(item -> item.path("katanaId").asLong()).collect(Collectors.toSet())).isEqualTo(deliveredIds);
        assertThat(api.getJson("/api/sync/job/" + invoiceJob + "/items?outcome=FAILED").path("total").asInt()).isZero();
        assertThat(api.items(againJob, "")).hasSize(DELIVERED)
                .allSatisfy(item -> assertThat(item.path("outcome").asString()).isEqualTo("UNCHANGED"));
    }

    /** The schedule fires as JobRunr's own "trigger now" does: its recurring job enqueued as a job, performed by a worker. */
    @Test
    @Order(4)
    void shouldStartAnIncrementalInvoiceRunFromASalesInvoiceScheduleOfTheOrdersChangedSince() throws Exception {
        SyncApi api = api();
        JsonNode listedSchedule = find(api.getJson("/api/sync/schedules"), SCHEDULE);
        long nowDelivered = orders("PACKED").get(0).path("id").asLong();
        long stranger = katana.catalogue().addCustomer(Map.of("name", "Şükrü Öztürk", "company", "Öztürk Çini Ticaret Ltd. Şti.",
                "currency", "TRY", "comment", "VKN: 4444444444"));
        nameless = katana.catalogue().addCustomer(Map.of("currency", "TRY", "comment", "VKN: 5555555555"));
        long ofTheStranger = orders("NOT_SHIPPED").get(0).path("id").asLong();
        ofTheNameless = orders("PENDING").get(0).path("id").asLong();
        katana.catalogue().updateSalesOrderStatus(nowDelivered, "DELIVERED");
        katana.catalogue().updateSalesOrder(ofTheStranger, Map.of("customer_id", stranger, "status", "DELIVERED"));
        katana.catalogue().updateSalesOrder(ofTheNameless, Map.of("customer_id", nameless, "status", "DELIVERED"));
        RecurringJob recurring = jobStorage.getRecurringJobs().stream().filter(job -> job.getId().equals("sync-" + SCHEDULE))
                .findFirst().orElseThrow();

        jobStorage.save(recurring.toEnqueuedJob());
        scheduledJob = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(
                () -> jdbc.queryForList("SELECT job_id FROM sync_operation_log WHERE triggered_by = 'schedule'", String.class),
                ids -> !ids.isEmpty()).get(0);
        JsonNode run = api.awaitEnd(scheduledJob);

        assertThat(listedSchedule.path("syncType").asString()).isEqualTo("SALES_INVOICE");
        assertThat(listedSchedule.path("mode").asString()).isEqualTo("INCREMENTAL");
        assertThat(listedSchedule.path("enabled").asBoolean()).isTrue();
        assertThat(listedSchedule.path("nextRun").isNull()).isFalse();
        assertThat(run.path("syncType").asString()).isEqualTo("SALES_INVOICE");
        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("PARTIAL");
        assertThat(run.path("counters").path("total").asInt()).as("only the three orders changed since the last run").isEqualTo(3);
        assertThat(run.path("counters").path("created").asInt()).isEqualTo(2);
        assertThat(run.path("counters").path("failed").asInt()).isEqualTo(1);
        assertThat(luca.invoiceCount()).isEqualTo(DELIVERED + 2);
        assertThat(luca.invoiceByTrackingNo("KATANA-SO-" + nowDelivered)).isPresent();
        assertThat(luca.invoiceByTrackingNo("KATANA-SO-" + ofTheStranger)).isPresent();
        JsonNode created = StreamSupport.stream(api.getJson("/api/sync/job/" + scheduledJob + "/items?outcome=CREATED").path("items")
                .spliterator(), false).filter(item -> item.path("katanaId").asLong() == ofTheStranger).findFirst().orElseThrow();
        assertThat(created.path("warnings").toString()).contains("customer " + stranger + " had no Luca account and was synced first");
        JsonNode failed = api.getJson("/api/sync/job/" + scheduledJob + "/items?outcome=FAILED").path("items");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).path("katanaId").asLong()).isEqualTo(ofTheNameless);
        assertThat(failed.get(0).path("reason").asString()).contains("customer " + nameless + " has no Luca account");
    }

    @Test
    @Order(5)
    void shouldCountTheInvoiceRunsRecordsDurationsAndLucaCallsInThePrometheusScrape() throws Exception {
        PrometheusScrape metrics = new PrometheusScrape(api().get("/actuator/prometheus").body());

        assertThat(metrics.sum("sync_records_total{", "type=\"SALES_INVOICE\"", "outcome=\"CREATED\"", "dry_run=\"false\""))
                .isEqualTo(DELIVERED + 2);
        assertThat(metrics.sum("sync_records_total{", "type=\"SALES_INVOICE\"", "outcome=\"UNCHANGED\"")).isEqualTo(DELIVERED);
        assertThat(metrics.sum("sync_records_total{", "type=\"SALES_INVOICE\"", "outcome=\"FAILED\"")).isEqualTo(1);
        assertThat(metrics.sum("sync_records_total{", "type=\"SALES_INVOICE\"", "outcome=\"UPDATED\"")).isZero();
        assertThat(metrics.sum("sync_run_duration_seconds_count{", "type=\"SALES_INVOICE\"", "status=\"SUCCESS\"")).isEqualTo(2);
        assertThat(metrics.sum("sync_run_duration_seconds_count{", "type=\"SALES_INVOICE\"", "status=\"PARTIAL\"")).isEqualTo(1);
        assertThat(metrics.sum("sync_run_duration_seconds_sum{", "type=\"SALES_INVOICE\"")).isPositive();
        assertThat(metrics.sum("sync_remote_requests_seconds_count{", "endpoint=\"" + CREATE + "\"", "outcome=\"SUCCESS\""))
                .isEqualTo(DELIVERED + 2).isEqualTo(luca.callCount(CREATE));
    }

    @Test
    @Order(6)
    @EnabledIf(value = "io.katanaluca.sync.HeadlessChromium#isInstalledOrInCi", disabledReason = HeadlessChromium.MISSING)
    void shouldShowTheInvoiceRunsTheirFailedOrderAndTheScheduleOnTheWebPage() throws Exception {
        ChromeDriver browser = HeadlessChromium.start();
        try {
            browser.get("http://admin:" + PASSWORD + "@127.0.0.1:" + port + "/dashboard/");
            waitUntil(browser, () -> browser.findElement(By.tagName("body")).getDomAttribute("data-loaded"), "true"::equals);
            WebElement scheduled = browser.findElement(By.cssSelector("#runs tbody tr[data-job-id='" + scheduledJob + "']"));
            WebElement first = browser.findElement(By.cssSelector("#runs tbody tr[data-job-id='" + invoiceJob + "']"));
            WebElement byType = browser.findElements(By.cssSelector("#by-type tbody tr")).stream()
                    .filter(row -> cells(row).get(0).equals("SALES_INVOICE")).findFirst().orElseThrow();
            List<String> types = new Select(browser.findElement(By.id("sync-type"))).getOptions().stream().map(WebElement::getText).toList();
            List<String> schedule = cells(browser.findElement(By.cssSelector("#schedules tr[data-schedule='" + SCHEDULE + "']")));
            String subtitle = browser.findElement(By.cssSelector(".subtitle")).getText();

            scheduled.findElement(By.cssSelector("[data-action='show-failures']")).click();
            waitUntil(browser, () -> browser.findElement(By.id("failures")).isDisplayed(), Boolean::booleanValue);
            List<List<String>> failures = browser.findElements(By.cssSelector("#failures-table tbody tr")).stream()
                    .map(SalesInvoiceMonitoringIntegrationTests::cells).toList();
            JsonNode failed = api().getJson("/api/sync/job/" + scheduledJob + "/items?outcome=FAILED").path("items").get(0);

            // Job, type, status, started, duration, total, created, updated, unchanged, failed
            assertThat(cells(first).subList(1, 3)).containsExactly("SALES_INVOICE", "SUCCESS");
            assertThat(cells(first).subList(5, 10)).containsExactly(Integer.toString(DELIVERED), Integer.toString(DELIVERED), "0", "0", "0");
            assertThat(cells(scheduled).subList(1, 3)).containsExactly("SALES_INVOICE", "PARTIAL");
            assertThat(cells(scheduled).subList(5, 10)).containsExactly("3", "2", "0", "0", "1");
            // Type, runs, succeeded, partial, failed, dry runs, records, records ok
            assertThat(cells(byType)).containsExactly("SALES_INVOICE", "3", "2", "1", "0", "0", Integer.toString(2 * DELIVERED + 3),
                    Integer.toString(2 * DELIVERED + 2));
            assertThat(types).contains("SALES_INVOICE");
            assertThat(schedule.subList(0, 3)).containsExactly(SCHEDULE, "SALES_INVOICE", "INCREMENTAL");
            assertThat(subtitle).contains("sales invoices");
            assertThat(failures).containsExactly(List.of("–", failed.path("cardCode").asString(), failed.path("katanaId").asString(),
                    "INVALID", failed.path("reason").asString()));
            List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertThat(errors).as("console errors").isEmpty();
        } finally {
            browser.quit();
        }
    }

    /** The order failed for its nameless customer is not changed; naming the customer is enough for the next incremental run. */
    @Test
    @Order(7)
    void shouldInvoiceAnUnchangedOrderThatFailedOnceWhatItLackedIsFixedInTheNextIncrementalRun() {
        SyncApi api = api();
        katana.catalogue().updateCustomer(nameless, Map.of("name", "Nazlı Kaya"));
        int invoicesBefore = luca.invoiceCount();

        JsonNode run = api.runToEnd("{\"syncType\":\"SALES_INVOICE\",\"mode\":\"INCREMENTAL\"}");

        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCESS");
        assertThat(run.path("counters").path("total").asInt()).as("no order changed; the one that failed is read again").isEqualTo(1);
        assertThat(run.path("counters").path("created").asInt()).isEqualTo(1);
        assertThat(luca.invoiceCount()).isEqualTo(invoicesBefore + 1);
        assertThat(luca.invoiceByTrackingNo("KATANA-SO-" + ofTheNameless).orElseThrow().field("cariTanim").asString()).isEqualTo("Nazlı Kaya");
    }

    private SyncApi api() {
        return new SyncApi(port, "admin", PASSWORD);
    }

    private List<JsonNode> orders(String status) {
        return DeliveredOrders.in(katana.catalogue(), status);
    }

    /** What the README says of the demo's orders. */
    private void assertTheReadmesFiguresOfTheOrders(List<JsonNode> delivered) {
        KatanaCatalogue catalogue = katana.catalogue();
        Map<Long, String> rates = catalogue.taxRates().stream()
                .collect(Collectors.toMap(rate -> rate.path("id").asLong(), rate -> rate.path("rate").asString()));
        List<JsonNode> rows = delivered.stream().flatMap(order -> StreamSupport.stream(order.path("sales_order_rows").spliterator(), false))
                .toList();

        assertThat(catalogue.salesOrderCount()).isEqualTo(120);
        assertThat(catalogue.salesOrders().stream().collect(Collectors.groupingBy(order -> order.path("status").asString(), Collectors.counting())))
                .isEqualTo(STATUSES);
        assertThat(delivered.stream().collect(Collectors.groupingBy(order -> order.path("currency").asString(), Collectors.counting())))
                .isEqualTo(CURRENCIES);
        assertThat(rows.stream().collect(Collectors.groupingBy(row -> rates.get(row.path("tax_rate_id").asLong()), Collectors.counting())))
                .isEqualTo(VAT_RATES_OF_ROWS);
        assertThat(rows.stream().filter(row -> row.path("total_discount").isNumber() || row.path("total_discount").isString())
                .filter(row -> new BigDecimal(row.path("total_discount").asString()).signum() > 0).count()).isEqualTo(41);
        assertThat(delivered.stream().filter(order -> order.path("shipping_fee").isObject()).count()).isEqualTo(33);
    }

    private static List<String> types(JsonNode byType) {
        return StreamSupport.stream(byType.spliterator(), false).map(type -> type.path("syncType").asString()).toList();
    }

    private static JsonNode find(JsonNode schedules, String name) {
        return StreamSupport.stream(schedules.spliterator(), false).filter(schedule -> schedule.path("name").asString().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no schedule " + name + " in " + schedules));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(cell -> cell.getText().trim()).toList();
    }

    private static <T> T waitUntil(ChromeDriver browser, Supplier<T> read, Predicate<T> done) {
        return new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100)).until(driver -> {
            T value = read.get();
            return value != null && done.test(value) ? value : null;
        });
    }
}
