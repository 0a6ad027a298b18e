package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.StoredInvoice;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * catalogue, its {@code sync.invoices} settings; H2 in memory) and in the monitoring, like the other
 * types: after an ALL run, one SALES_INVOICE run invoices every delivered demo order with no failure
 * (the figures the README gives); the dashboard API, the job API, the per-record items, the
 * Prometheus scrape and the web page show that run with its exact counts; a recurring schedule entry
 * of type SALES_INVOICE, fired as JobRunr fires it, starts an incremental SALES_INVOICE run of the
 * orders changed since, one invoiced and one failed with its reason, which the page lists.
 * The methods build on each other's runs, hence the order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:invoice-monitoring;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=" + ServiceApi.PASSWORD,
        "jobrunr.dashboard.enabled=false",
        "sync.retry.luca.initial-backoff=10ms",
        "sync.retry.katana.initial-backoff=10ms",
        "logging.level.org.openqa.selenium.devtools=ERROR",
        "logging.level.org.openqa.selenium.chromium=ERROR",
        "sync.schedules.invoices-nightly.type=SALES_INVOICE",
        "sync.schedules.invoices-nightly.mode=INCREMENTAL",
        "sync.schedules.invoices-nightly.cron=0 3 1 1 *"}) // on, but never firing by itself during the test
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SalesInvoiceMonitoringIntegrationTests {

    private static final String CREATE = "EkleFtrWsFaturaBaslik.do";
    private static final String SCHEDULE = "invoices-nightly";
    private static String invoiceJob;
    private static String scheduledJob;
    private static int delivered;

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
    void shouldInvoiceEveryDeliveredDemoOrderAfterTheMasterDataWithKatanasTotalsAndNoFailure() throws Exception {
        ServiceApi api = api();
        List<JsonNode> deliveredOrders = orders("DELIVERED");
        delivered = deliveredOrders.size();

        JsonNode masterData = api.runToEnd("{\"syncType\":\"ALL\"}");
        JsonNode run = api.runToEnd("{\"syncType\":\"SALES_INVOICE\"}");
        invoiceJob = run.path("jobId").asString();

        System.out.println("FIGURES " + figures(deliveredOrders) + " " + run.path("counters") + " duration " + run.path("durationMs"));
        assertThat(masterData.path("status").asString()).as(masterData.toString()).isEqualTo("SUCCESS");
        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCESS");
        assertThat(run.path("counters").path("created").asInt()).isEqualTo(delivered);
        assertThat(run.path("counters").path("failed").asInt()).isZero();
        assertThat(luca.callCount(CREATE)).isEqualTo(delivered);
        assertThat(luca.invoiceCount()).isEqualTo(delivered);
        Map<String, StoredInvoice> byTrackingNo = luca.invoices().stream()
                .collect(Collectors.toMap(StoredInvoice::belgeTakipNo, invoice -> invoice));
        for (JsonNode order : deliveredOrders) {
            StoredInvoice invoice = byTrackingNo.get(trackingNo(order));
            assertThat(invoice).as("the invoice of order %s", order.path("id")).isNotNull();
            assertThat(invoice.netTotal()).as("net total of order %s", order.path("id"))
                    .isEqualByComparingTo(new BigDecimal(order.path("total").asString()).setScale(2, RoundingMode.HALF_UP));
        }
    }

    @Test
    @Order(2)
    void shouldShowTheInvoiceRunInTheDashboardApiBesideTheOtherTypes() throws Exception {
        ServiceApi api = api();

        JsonNode summary = api.getJson("/api/sync/dashboard/summary");
        JsonNode listed = api.getJson("/api/sync/dashboard/jobs?syncType=SALES_INVOICE");
        JsonNode detail = api.getJson("/api/sync/dashboard/jobs/" + invoiceJob);
        JsonNode stats = api.getJson("/api/sync/dashboard/stats");

        assertThat(types(summary.path("byType"))).containsExactly("PRODUCT", "MATERIAL", "CUSTOMER", "SALES_INVOICE");
        JsonNode invoices = summary.path("byType").get(3);
        assertThat(invoices.path("count").asInt()).isEqualTo(1);
        assertThat(invoices.path("success").asInt()).isEqualTo(1);
        assertThat(invoices.path("successOnly").asInt()).isEqualTo(1);
        assertThat(invoices.path("failed").asInt()).isZero();
        assertThat(invoices.path("totalProcessed").asInt()).isEqualTo(delivered);
        assertThat(invoices.path("totalSuccess").asInt()).isEqualTo(delivered);
        assertThat(invoices.path("totalFailed").asInt()).isZero();
        assertThat(listed.path("total").asInt()).isEqualTo(1);
        JsonNode job = listed.path("jobs").get(0);
        assertThat(job.path("jobId").asString()).isEqualTo(invoiceJob);
        assertThat(job.path("syncType").asString()).isEqualTo("SALES_INVOICE");
        assertThat(job.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(job.path("counters").path("created").asInt()).isEqualTo(delivered);
        assertThat(detail.path("syncType").asString()).isEqualTo("SALES_INVOICE");
        assertThat(detail.path("counters")).isEqualTo(api.getJson("/api/sync/job/" + invoiceJob).path("counters"));
        assertThat(StreamSupport.stream(stats.path("lastRunByType").spliterator(), false)
                .filter(last -> last.path("syncType").asString().equals("SALES_INVOICE")).map(last -> last.path("jobId").asString()).toList())
                .containsExactly(invoiceJob);
    }

    @Test
    @Order(3)
    void shouldGiveTheInvoiceRunsJobAndEveryOrdersResultThroughTheJobApi() throws Exception {
        ServiceApi api = api();
        Set<Long> deliveredIds = orders("DELIVERED").stream().map(order -> order.path("id").asLong()).collect(Collectors.toSet());

        JsonNode job = api.getJson("/api/sync/job/" + invoiceJob);
        List<JsonNode> items = new SyncApi(port, "admin", ServiceApi.PASSWORD).items(invoiceJob, "");

        assertThat(job.path("syncType").asString()).isEqualTo("SALES_INVOICE");
        assertThat(job.path("progress").path("done").asInt()).isEqualTo(delivered);
        assertThat(job.path("progress").path("total").asInt()).isEqualTo(delivered);
        assertThat(job.path("outcomes").path("CREATED").asInt()).isEqualTo(delivered);
        assertThat(job.path("planned").path("CREATE").asInt()).isEqualTo(delivered);
        assertThat(job.path("parts")).hasSize(1);
        assertThat(job.path("parts").get(0).path("syncType").asString()).isEqualTo("SALES_INVOICE");
        assertThat(job.path("firstErrors")).isEmpty();
        assertThat(items).hasSize(delivered).allSatisfy(item -> {
            assertThat(item.path("syncType").asString()).isEqualTo("SALES_INVOICE");
            assertThat(item.path("outcome").asString()).isEqualTo("CREATED");
            assertThat(item.path("cardCode").asString()).isEqualTo("KATANA-SO-" + item.path("katanaId").asLong());
            assertThat(item.path("lucaId").asLong()).as(item.toString())
                    .isEqualTo(luca.invoiceByTrackingNo(item.path("cardCode").asString()).orElseThrow().ssFaturaBaslikId());
        });
        assertThat(items.stream().map(item -> item.path("katanaId").asLong()).collect(Collectors.toSet())).isEqualTo(deliveredIds);
        assertThat(api.getJson("/api/sync/job/" + invoiceJob + "/items?outcome=FAILED").path("total").asInt()).isZero();
    }

    /** The schedule fires as JobRunr's own "trigger now" does: its recurring job enqueued as a job, performed by a worker. */
    @Test
    @Order(4)
    void shouldStartAnIncrementalInvoiceRunFromASalesInvoiceScheduleOfTheOrdersChangedSince() throws Exception {
        ServiceApi api = api();
        JsonNode listedSchedule = find(api.getJson("/api/sync/schedules"), SCHEDULE);
        long nowDelivered = orders("PACKED").get(0).path("id").asLong();
        long stranger = katana.catalogue().addCustomer(Map.of("name", "Şükrü Öztürk", "company", "Öztürk Çini Ticaret Ltd. Şti.",
                "currency", "TRY", "comment", "VKN: 4444444444"));
        long ofTheStranger = orders("NOT_SHIPPED").get(0).path("id").asLong();
        katana.catalogue().updateSalesOrderStatus(nowDelivered, "DELIVERED");
        katana.catalogue().updateSalesOrder(ofTheStranger, Map.of("customer_id", stranger, "status", "DELIVERED"));
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
        assertThat(run.path("counters").path("total").asInt()).as("only the two orders changed since the last run").isEqualTo(2);
        assertThat(run.path("counters").path("created").asInt()).isEqualTo(1);
        assertThat(run.path("counters").path("failed").asInt()).isEqualTo(1);
        assertThat(luca.invoiceCount()).isEqualTo(delivered + 1);
        assertThat(luca.invoiceByTrackingNo("KATANA-SO-" + nowDelivered)).isPresent();
        JsonNode failed = api.getJson("/api/sync/job/" + scheduledJob + "/items?outcome=FAILED").path("items");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).path("katanaId").asLong()).isEqualTo(ofTheStranger);
        assertThat(failed.get(0).path("reason").asString()).contains("customer " + stranger + " has no Luca account yet");
    }

    @Test
    @Order(5)
    void shouldCountTheInvoiceRunsRecordsDurationsAndLucaCallsInThePrometheusScrape() throws Exception {
        PrometheusScrape metrics = new PrometheusScrape(api().get("/actuator/prometheus").body());

        assertThat(metrics.sum("sync_records_total{", "type=\"SALES_INVOICE\"", "outcome=\"CREATED\"", "dry_run=\"false\""))
                .isEqualTo(delivered + 1);
        assertThat(metrics.sum("sync_records_total{", "type=\"SALES_INVOICE\"", "outcome=\"FAILED\"")).isEqualTo(1);
        assertThat(metrics.sum("sync_records_total{", "type=\"SALES_INVOICE\"", "outcome=\"UPDATED\"")).isZero();
        assertThat(metrics.sum("sync_run_duration_seconds_count{", "type=\"SALES_INVOICE\"", "status=\"SUCCESS\"")).isEqualTo(1);
        assertThat(metrics.sum("sync_run_duration_seconds_count{", "type=\"SALES_INVOICE\"", "status=\"PARTIAL\"")).isEqualTo(1);
        assertThat(metrics.sum("sync_run_duration_seconds_sum{", "type=\"SALES_INVOICE\"")).isPositive();
        assertThat(metrics.sum("sync_remote_requests_seconds_count{", "endpoint=\"" + CREATE + "\"", "outcome=\"SUCCESS\""))
                .isEqualTo(delivered + 1).isEqualTo(luca.callCount(CREATE));
    }

    @Test
    @Order(6)
    @EnabledIf(value = "io.katanaluca.sync.HeadlessChromium#isInstalledOrInCi", disabledReason = HeadlessChromium.MISSING)
    void shouldShowTheInvoiceRunsTheirFailedOrderAndTheScheduleOnTheWebPage() throws Exception {
        ChromeDriver browser = HeadlessChromium.start();
        try {
            browser.get("http://admin:" + ServiceApi.PASSWORD + "@127.0.0.1:" + port + "/dashboard/");
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
            assertThat(cells(first).subList(5, 10)).containsExactly(Integer.toString(delivered), Integer.toString(delivered), "0", "0", "0");
            assertThat(cells(scheduled).subList(1, 3)).containsExactly("SALES_INVOICE", "PARTIAL");
            assertThat(cells(scheduled).subList(5, 10)).containsExactly("2", "1", "0", "0", "1");
            // Type, runs, succeeded, partial, failed, dry runs, records, records ok
            assertThat(cells(byType)).containsExactly("SALES_INVOICE", "2", "1", "1", "0", "0", Integer.toString(delivered + 2),
                    Integer.toString(delivered + 1));
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

    private ServiceApi api() {
        return new ServiceApi(port);
    }

    private List<JsonNode> orders(String status) {
        return katana.catalogue().salesOrders().stream().filter(order -> order.path("status").asString().equals(status)).toList();
    }

    private static String trackingNo(JsonNode order) {
        return "KATANA-SO-" + order.path("id").asLong();
    }

    /** What the README says of the demo's orders, measured here. */
    private String figures(List<JsonNode> deliveredOrders) {
        KatanaCatalogue catalogue = katana.catalogue();
        Map<String, Long> statuses = catalogue.salesOrders().stream()
                .collect(Collectors.groupingBy(order -> order.path("status").asString(), java.util.TreeMap::new, Collectors.counting()));
        Map<String, Long> currencies = deliveredOrders.stream()
                .collect(Collectors.groupingBy(order -> order.path("currency").asString(), java.util.TreeMap::new, Collectors.counting()));
        long withShipping = deliveredOrders.stream().filter(order -> order.path("shipping_fee").isObject()).count();
        long lines = deliveredOrders.stream().mapToLong(order -> order.path("sales_order_rows").size()).sum();
        return "orders " + catalogue.salesOrderCount() + " " + statuses + " delivered by currency " + currencies + " shipping " + withShipping
                + " rows " + lines + " customers " + catalogue.customerCount();
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
