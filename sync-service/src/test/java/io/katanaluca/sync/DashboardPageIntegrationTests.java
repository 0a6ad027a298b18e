package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The web dashboard in a real browser, headless Chromium, against the service and both simulators:
 * it loads without console errors, shows the API's own figures (dry runs and partial runs apart,
 * every time in {@code sync.time-zone}), follows a sync started from the page to its end, drills
 * into a run's failed records and retries the run, links a job with the retry-failed job that fixed
 * it, and follows a dry run as a plan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:dashboard-page;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=" + ServiceApi.PASSWORD,
        "jobrunr.dashboard.enabled=false",
        "sync.retry.luca.initial-backoff=10ms",
        "sync.retry.katana.initial-backoff=10ms",
        // Selenium looks for a DevTools (CDP) binding matching Debian's Chromium; the test uses WebDriver only.
        "logging.level.org.openqa.selenium.devtools=ERROR",
        "logging.level.org.openqa.selenium.chromium=ERROR",
        "sync.schedules.products-incremental.enabled=true",
        "sync.schedules.products-incremental.cron=0 3 1 1 *"}) // on, but never firing during the test
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "io.katanaluca.sync.HeadlessChromium#isInstalledOrInCi", disabledReason = HeadlessChromium.MISSING)
class DashboardPageIntegrationTests {

    private static final List<String> ENDED = List.of("SUCCESS", "PARTIAL", "FAILED");
    private static final List<String> FIGURES = List.of("totalJobs", "successJobs", "failedJobs", "runningJobs", "partialJobs",
            "totalProcessed", "totalSuccess", "totalFailed", "successRate", "recordSuccessRate", "successOnlyJobs", "dryRunJobs",
            "plannedRecords");
    private static final String ZONE = "Europe/Istanbul";
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of(ZONE));
    private static final KatanaCatalogue CATALOGUE = catalogueWithTwoVariantsWithoutSku();
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults(), CATALOGUE);
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults());
    private static ChromeDriver browser;

    @LocalServerPort
    private int port;
    private ServiceApi api;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        ServiceApi.useSimulators(registry, KATANA, LUCA);
    }

    /** Before the service starts, so a browser that cannot start costs no context. */
    @BeforeAll
    static void startTheBrowser() {
        browser = HeadlessChromium.start();
    }

    @BeforeEach
    void connect() {
        api = new ServiceApi(port);
    }

    @AfterEach
    void keepAScreenshot() throws IOException {
        Path target = Path.of("target", "dashboard-page.png");
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @AfterAll
    static void stopEverything() {
        if (browser != null) {
            browser.quit();
        }
        KATANA.close();
        LUCA.close();
    }

    @Test
    @Order(1)
    void shouldLoadWithoutConsoleErrorsAndShowTheApisFigures() throws Exception {
        JsonNode dryRun = api.runToEnd("{\"syncType\":\"PRODUCT\",\"dryRun\":true}");
        JsonNode run = api.runToEnd("{\"syncType\":\"PRODUCT\"}");

        load();
        JsonNode summary = api.getJson("/api/sync/dashboard/summary");
        JsonNode jobs = api.getJson("/api/sync/dashboard/jobs?size=10");
        JsonNode session = api.getJson("/api/sync/session/stats");

        FIGURES.forEach(name -> assertThat(text("[data-figure='" + name + "']")).as(name)
                .isEqualTo(shown(name, summary.path("summary").path(name))));
        assertThat(browser.findElements(By.cssSelector("#runs tbody tr")).stream().map(row -> row.getDomAttribute("data-job-id")).toList())
                .containsExactlyElementsOf(StreamSupport.stream(jobs.path("jobs").spliterator(), false).map(job -> job.path("jobId").asString()).toList());
        assertThat(text("#by-type tbody tr td:nth-child(2)")).isEqualTo(summary.path("byType").get(0).path("count").asString());
        assertThat(text("[data-queue='succeeded']")).isEqualTo(summary.path("jobQueueStats").path("succeeded").asString());
        assertThat(text("[data-session='currentSessionId']")).isEqualTo(session.path("currentSessionId").asString());
        assertThat(browser.findElements(By.cssSelector("#chart svg rect"))).as("succeeded, partial, failed for each of 14 days").hasSize(42);
        assertThat(browser.findElements(By.cssSelector("#schedules tbody tr")).stream().map(row -> row.getDomAttribute("data-schedule")).toList())
                .contains("products-incremental", "customers-hourly");
        assertThat(text("#schedules tr[data-schedule='products-incremental'] td.next-run")).isNotEqualTo("off").isNotBlank();
        assertThat(text("#schedules tr[data-schedule='customers-hourly'] td.next-run")).isEqualTo("off");
        assertThat(run.path("status").asString()).isEqualTo("PARTIAL");
        assertThat(dryRun.path("dryRun").asBoolean()).isTrue();
        assertNoConsoleErrors();
    }

    @Test
    @Order(2)
    void shouldKeepDryRunsOutOfTheSuccessFiguresAndShowPartialRunsApart() throws Exception {
        load();
        JsonNode today = api.getJson("/api/sync/dashboard/summary").path("summary");
        List<JsonNode> jobs = StreamSupport.stream(api.getJson("/api/sync/dashboard/jobs?size=10").path("jobs").spliterator(), false).toList();
        List<JsonNode> real = jobs.stream().filter(job -> !job.path("dryRun").asBoolean()).toList();
        List<JsonNode> dry = jobs.stream().filter(job -> job.path("dryRun").asBoolean()).toList();

        assertThat(real).hasSize(1);
        assertThat(dry).hasSize(1);
        assertThat(today.path("totalProcessed").asInt()).isEqualTo(real.get(0).path("counters").path("processed").asInt());
        assertThat(today.path("totalSuccess").asInt()).isEqualTo(real.get(0).path("counters").path("succeeded").asInt());
        assertThat(today.path("dryRunJobs").asInt()).isEqualTo(1);
        assertThat(today.path("plannedRecords").asInt()).isEqualTo(dry.get(0).path("counters").path("processed").asInt());
        assertThat(card("Records processed")).isEqualTo(real.get(0).path("counters").path("processed").asString());
        assertThat(card("Succeeded")).as("the one real run ended PARTIAL").isEqualTo("0");
        assertThat(card("Partial")).isEqualTo("1");
        assertThat(card("Dry runs")).isEqualTo("1");
        assertNoConsoleErrors();
    }

    @Test
    @Order(3)
    void shouldShowEveryTimeInTheServicesZoneAndSaySo() throws Exception {
        load();
        JsonNode newest = api.getJson("/api/sync/dashboard/jobs?size=1").path("jobs").get(0);
        JsonNode schedule = StreamSupport.stream(api.getJson("/api/sync/schedules").spliterator(), false)
                .filter(entry -> entry.path("name").asString().equals("products-incremental")).findFirst().orElseThrow();
        JsonNode session = api.getJson("/api/sync/session/stats");

        assertThat(text("#runs tbody tr td:nth-child(4)")).isEqualTo(shownTime(newest.path("startedAt")));
        assertThat(text("#schedules tr[data-schedule='products-incremental'] td.next-run")).isEqualTo(shownTime(schedule.path("nextRun")))
                .as("the schedule fires at 03:00 in its zone, Europe/Istanbul").endsWith(" 03:00:00");
        assertThat(text("[data-session='expiresAt']")).isEqualTo(shownTime(session.path("expiresAt")));
        assertThat(text("#time-zone-note")).isEqualTo("Times in " + ZONE);
        assertNoConsoleErrors();
    }

    @Test
    @Order(5)
    void shouldNameEveryTypeItSyncsAndLabelTheChartsGridWithTheRunsAtEachLine() throws Exception {
        // Three runs today (a dry run, two real ones): an odd count, whose half is no whole number of runs.
        load();
        JsonNode days = api.getJson("/api/sync/dashboard/daily?days=14").path("days");
        JsonNode today = days.get(days.size() - 1).path("summary");
        int barRuns = today.path("successJobs").asInt() + today.path("failedJobs").asInt();
        List<WebElement> lines = browser.findElements(By.cssSelector("#chart svg line"));
        List<WebElement> labels = browser.findElements(By.cssSelector("#chart svg text[text-anchor='end']"));
        List<WebElement> bars = browser.findElements(By.cssSelector("#chart svg rect"));
        double baseline = lines.stream().mapToDouble(line -> number(line, "y1")).max().orElseThrow();
        double todayX = bars.stream().mapToDouble(bar -> number(bar, "x")).max().orElseThrow();
        double todayTop = bars.stream().filter(bar -> number(bar, "x") == todayX).mapToDouble(bar -> number(bar, "y")).min().orElseThrow();
        double pixelsPerRun = (baseline - todayTop) / barRuns;

        assertThat(barRuns).isPositive();
        assertThat(labels).hasSameSizeAs(lines).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 0; i < lines.size(); i++) {
            double runsAtLine = (baseline - number(lines.get(i), "y1")) / pixelsPerRun;
            assertThat(Double.parseDouble(labels.get(i).getText())).as("grid line %d", i).isCloseTo(runsAtLine, within(1e-6));
        }
        assertThat(text(".subtitle")).contains("Products", "materials", "customers");
    }

    @Test
    @Order(4)
    void shouldStartASyncFromThePageAndShowItsProgressToTheEnd() throws Exception {
        CATALOGUE.variantIds().stream().limit(8).forEach(id -> CATALOGUE.setVariantSalesPrice(id, new BigDecimal("12.75")));
        LUCA.faults().setLatency(Duration.ofMillis(500));
        load();

        browser.findElement(By.id("start-button")).click();
        String running = waitUntil(() -> text("#live-status"), "RUNNING"::equals);
        String jobId = text("#live-job");
        String ended = waitUntil(() -> text("#live-status"), ENDED::contains);
        LUCA.faults().restoreDefaults();
        JsonNode job = api.getJson("/api/sync/job/" + jobId);
        JsonNode counters = job.path("counters");

        assertThat(running).isEqualTo("RUNNING");
        assertThat(ended).isEqualTo(job.path("status").asString()).isEqualTo("PARTIAL");
        assertThat(text("#live-progress")).isEqualTo(String.format(Locale.ROOT, "%d / %d records (%.1f%%)",
                job.path("progress").path("done").asInt(), job.path("progress").path("total").asInt(), job.path("progress").path("percent").asDouble()));
        assertThat(text("#live-counters")).isEqualTo(counters.path("created").asInt() + " created · " + counters.path("updated").asInt()
                + " updated · " + counters.path("unchanged").asInt() + " unchanged · " + counters.path("failed").asInt() + " failed");
        assertThat(counters.path("updated").asInt()).isEqualTo(8);
        waitUntil(() -> browser.findElement(By.cssSelector("#runs tbody tr")).getDomAttribute("data-job-id"), jobId::equals);
        assertNoConsoleErrors();
    }

    @Test
    @Order(6)
    void shouldShowAFailedRunsRecordsWithTheirReasonsAndRetryTheRun() throws Exception {
        load();
        WebElement partialRun = browser.findElement(By.cssSelector("#runs tbody tr"));
        String jobId = partialRun.getDomAttribute("data-job-id");

        partialRun.findElement(By.cssSelector("[data-action='show-failures']")).click();
        waitUntil(() -> browser.findElement(By.id("failures")).isDisplayed(), Boolean::booleanValue);
        List<String> reasons = browser.findElements(By.cssSelector("#failures-table td.reason")).stream().map(WebElement::getText).toList();
        JsonNode failed = api.getJson("/api/sync/job/" + jobId + "/records?outcome=FAILED");
        browser.findElement(By.cssSelector("#runs tbody tr [data-action='retry']")).click();
        waitUntil(() -> text("#banner"), banner -> banner.startsWith("Job requeued successfully"));
        waitUntil(() -> text("#live-job"), jobId::equals);
        String ended = waitUntil(() -> text("#live-status"), ENDED::contains);

        assertThat(reasons).hasSize(2).containsExactlyInAnyOrderElementsOf(
                StreamSupport.stream(failed.path("items").spliterator(), false).map(item -> item.path("reason").asString()).toList());
        assertThat(reasons).allSatisfy(reason -> assertThat(reason).contains("SKU"));
        assertThat(ended).isEqualTo(api.getJson("/api/sync/job/" + jobId).path("status").asString());
        // ENQUEUED, PROCESSING, SUCCEEDED twice; JobRunr stores SUCCEEDED a moment after the run has ended.
        assertThat(await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.getJson("/api/sync/dashboard/jobs/" + jobId).path("history").size(), size -> size >= 6)).isEqualTo(6);
        assertNoConsoleErrors();
    }

    @Test
    @Order(7)
    void shouldLinkAJobAndTheRetryFailedJobThatFixedItBothWays() throws Exception {
        String partial = api.getJson("/api/sync/dashboard/jobs?size=1").path("jobs").get(0).path("jobId").asString();
        api.getJson("/api/sync/job/" + partial + "/records?outcome=FAILED").path("items")
                .forEach(item -> CATALOGUE.setVariantSku(item.path("katanaId").asLong(), "FIXED-" + item.path("katanaId").asLong()));
        String retry = ServiceApi.JSON.readTree(api.post("/api/sync/job/" + partial + "/retry-failed", "").body()).path("jobId").asString();
        JsonNode fixed = api.awaitEnd(retry);
        load();

        browser.findElement(By.cssSelector("#runs tbody tr[data-job-id='" + partial + "'] [data-action='show']")).click();
        waitUntil(() -> text("#live-job"), partial::equals);
        WebElement retriedBy = waitUntil(() -> browser.findElements(By.cssSelector("#live-links [data-action='retried-by']")).stream()
                .findFirst().orElse(null), WebElement::isDisplayed);
        String linksOfPartial = text("#live-links");
        String linkedRetry = retriedBy.getDomAttribute("data-job-id");
        retriedBy.click();
        waitUntil(() -> text("#live-job"), retry::equals);
        WebElement retryOf = waitUntil(() -> browser.findElements(By.cssSelector("#live-links [data-action='retry-of']")).stream()
                .findFirst().orElse(null), WebElement::isDisplayed);
        String linkedSource = retryOf.getDomAttribute("data-job-id");
        String linksOfRetry = text("#live-links");

        assertThat(fixed.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(fixed.path("retryOf").asString()).isEqualTo(partial);
        assertThat(api.getJson("/api/sync/job/" + partial).path("retriedBy").get(0).asString()).isEqualTo(retry);
        assertThat(api.getJson("/api/sync/dashboard/jobs/" + partial).path("retriedBy").get(0).asString()).isEqualTo(retry);
        assertThat(linkedRetry).isEqualTo(retry);
        assertThat(linksOfPartial).contains("Attempt 2 of 2", "retried by job " + retry.substring(0, 8));
        assertThat(linkedSource).isEqualTo(partial);
        assertThat(linksOfRetry).contains("Retries the failed records of job " + partial.substring(0, 8));
        assertNoConsoleErrors();
    }

    @Test
    @Order(8)
    void shouldFollowADryRunStartedFromThePageAsAPlanWithNothingWritten() throws Exception {
        load();

        browser.findElement(By.id("sync-dry-run")).click();
        browser.findElement(By.id("start-button")).click();
        String jobId = waitUntil(() -> text("#banner"), banner -> banner.startsWith("Started")).replaceFirst(".*job ", "");
        waitUntil(() -> text("#live-job"), jobId::equals);
        waitUntil(() -> text("#live-status"), ENDED::contains);
        JsonNode job = api.getJson("/api/sync/job/" + jobId);
        JsonNode planned = job.path("planned");

        assertThat(job.path("dryRun").asBoolean()).isTrue();
        assertThat(job.path("counters").path("created").asInt() + job.path("counters").path("updated").asInt()).isZero();
        assertThat(text("#live-counters")).isEqualTo("dry run, nothing written: " + planned.path("CREATE").asInt() + " to create · "
                + planned.path("UPDATE").asInt() + " to update · " + planned.path("UNCHANGED").asInt() + " unchanged · "
                + job.path("counters").path("failed").asInt() + " failed");
        assertThat(planned.path("UNCHANGED").asInt()).as("every valid variant is in Luca by now").isPositive();
        assertNoConsoleErrors();
    }

    private void load() {
        browser.get("http://admin:" + ServiceApi.PASSWORD + "@127.0.0.1:" + port + "/dashboard/");
        waitUntil(() -> browser.findElement(By.tagName("body")).getDomAttribute("data-loaded"), "true"::equals);
    }

    /** The value of the summary card with this label. */
    private static String card(String label) {
        return browser.findElement(By.xpath("//section[@id='summary']/div[span[@class='label' and text()='" + label + "']]"
                + "/span[contains(@class, 'value')]")).getText().trim();
    }

    private static String shownTime(JsonNode instant) {
        return SHOWN_TIME.format(ZonedDateTime.parse(instant.asString()));
    }

    private static double number(WebElement svgElement, String attribute) {
        return Double.parseDouble(svgElement.getDomAttribute(attribute));
    }

    private static String text(String selector) {
        return browser.findElement(By.cssSelector(selector)).getText().trim();
    }

    private static String shown(String figure, JsonNode value) {
        return figure.endsWith("Rate") ? String.format(Locale.ROOT, "%.1f%%", value.asDouble()) : value.asString();
    }

    private static <T> T waitUntil(Supplier<T> read, Predicate<T> done) {
        return new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100)).until(driver -> {
            T value = read.get();
            return value != null && done.test(value) ? value : null;
        });
    }

    private static void assertNoConsoleErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("console errors").isEmpty();
    }

    private static KatanaCatalogue catalogueWithTwoVariantsWithoutSku() {
        KatanaCatalogue catalogue = KatanaCatalogue.generate(12, 3);
        for (int i = 1; i <= 2; i++) {
            Map<String, Object> variant = new HashMap<>();
            variant.put("sku", null);
            variant.put("sales_price", 10);
            catalogue.addProduct(Map.of("name", "SKU'suz Ürün " + i, "uom", "pcs", "variants", List.of(variant)));
        }
        return catalogue;
    }
}
