package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sync.luca.LucaSessionManager;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.stream.StreamSupport;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Monitoring end to end, the service against both simulators on a fresh H2: the seed's dashboard
 * API checked against runs with known outcomes and against the operation log, retry and delete
 * with their refusals, session statistics around a forced refresh, the log context of a run, the
 * Prometheus scrape, the API description and the page behind auth, and Luca's health going DOWN
 * and UP with the simulator. The methods build on each other's runs, hence the order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:monitoring-e2e;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=" + ServiceApi.PASSWORD,
        "jobrunr.dashboard.enabled=false",
        "sync.retry.luca.initial-backoff=10ms",
        "sync.retry.katana.initial-backoff=10ms",
        "katana.page-size=5",
        "katana.rate-limit-requests=2",
        "katana.rate-limit-period=1s"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringIntegrationTests {

    private static final String LUCA_PASSWORD = "demo-pass";
    private static final String KATANA_KEY = "katana-demo-key";
    private static final String PRODUCT = "{\"syncType\":\"PRODUCT\"}";
    private static final KatanaCatalogue CATALOGUE = KatanaCatalogue.generate(10, 11);
    private static final List<Long> VARIANTS_WITHOUT_SKU = addVariantsWithoutSku(4);
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults(), CATALOGUE);
    private static LucaSimulator luca = LucaSimulator.start(LucaSimulatorConfig.defaults());
    private static final List<String> JOBS = new ArrayList<>();

    @LocalServerPort
    private int port;
    @Autowired
    private StorageProvider jobStorage;
    @Autowired
    private BackgroundJobServer jobServer;
    @Autowired
    private LucaSessionManager sessions;

    private ServiceApi api;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        ServiceApi.useSimulators(registry, KATANA, luca);
    }

    @BeforeEach
    void connect() {
        api = new ServiceApi(port);
    }

    @AfterAll
    static void stopSimulators() {
        KATANA.close();
        luca.close();
    }

    @Test
    @Order(1)
    void shouldSummariseThreeRunsWithTwelveFailedRecordsExactlyAsTheOperationLogHasThem() throws Exception {
        for (int run = 0; run < 3; run++) {
            JsonNode ended = api.runToEnd(PRODUCT);
            assertThat(ended.path("status").asString()).isEqualTo("PARTIAL");
            JOBS.add(ended.path("jobId").asString());
        }
        int variants = CATALOGUE.variantCount();

        JsonNode summary = api.getJson("/api/sync/dashboard/summary");

        JsonNode today = summary.path("summary");
        assertThat(today.path("totalJobs").asInt()).isEqualTo(3);
        assertThat(today.path("successJobs").asInt()).isEqualTo(3);
        assertThat(today.path("partialJobs").asInt()).isEqualTo(3);
        assertThat(today.path("failedJobs").asInt()).isZero();
        assertThat(today.path("runningJobs").asInt()).isZero();
        assertThat(today.path("totalFailed").asInt()).isEqualTo(12);
        assertThat(today.path("totalProcessed").asInt()).isEqualTo(3 * variants);
        assertThat(today.path("totalSuccess").asInt()).isEqualTo(3 * (variants - 4));
        assertThat(today.path("successRate").asDouble()).isEqualTo(100.0);
        assertAgreesWithTheOperationLog(today);
        JsonNode product = summary.path("byType").get(0);
        assertThat(summary.path("byType")).hasSize(1);
        assertThat(product.path("syncType").asString()).isEqualTo("PRODUCT");
        assertThat(product.path("count").asInt()).isEqualTo(3);
        assertThat(product.path("success").asInt()).isEqualTo(3);
        assertThat(product.path("failed").asInt()).isZero();
        assertThat(product.path("totalProcessed").asInt()).isEqualTo(3 * variants);
        assertThat(product.path("totalSuccess").asInt()).isEqualTo(3 * (variants - 4));
        assertThat(summary.path("jobQueueStats").path("succeeded").asInt()).as("the runs and their batch jobs").isGreaterThanOrEqualTo(3);
        assertThat(summary.path("jobQueueStats").path("servers").asInt()).isEqualTo(1);
        assertThat(summary.has("hangfireStats")).isFalse();
    }

    @Test
    @Order(2)
    void shouldCountAFailedRunAgainstTheSuccessRateAndAgreeAcrossSummaryStatsAndDailySeries() throws Exception {
        luca.faults().failNextCalls(1000);
        JsonNode failed = api.runToEnd(PRODUCT);
        luca.faults().restoreDefaults();
        VARIANTS_WITHOUT_SKU.forEach(id -> CATALOGUE.setVariantSku(id, "FIXED-" + id));
        JsonNode succeeded = api.runToEnd(PRODUCT);
        JOBS.add(failed.path("jobId").asString());
        JOBS.add(succeeded.path("jobId").asString());

        JsonNode summary = api.getJson("/api/sync/dashboard/summary");
        JsonNode stats = api.getJson("/api/sync/dashboard/stats");
        JsonNode days = api.getJson("/api/sync/dashboard/daily?days=14").path("days");

        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(succeeded.path("status").asString()).isEqualTo("SUCCESS");
        JsonNode today = summary.path("summary");
        assertThat(today.path("totalJobs").asInt()).isEqualTo(5);
        assertThat(today.path("successJobs").asInt()).isEqualTo(4);
        assertThat(today.path("failedJobs").asInt()).isEqualTo(1);
        assertThat(today.path("successRate").asDouble()).isEqualTo(80.0);
        assertThat(today.path("totalFailed").asInt()).isEqualTo(12);
        assertAgreesWithTheOperationLog(today);
        assertThat(stats.path("allTime").path("summary")).isEqualTo(today);
        assertThat(stats.path("last30Days").path("summary")).isEqualTo(today);
        assertThat(stats.path("last30Days").path("byType")).isEqualTo(summary.path("byType"));
        assertThat(today.path("averageDurationMs").asLong()).isPositive();
        assertThat(today.path("p95DurationMs").asLong()).isPositive();
        assertThat(today.path("recordsPerSecond").asDouble()).isPositive();
        assertThat(stats.path("lastRunByType").get(0).path("jobId").asString()).isEqualTo(JOBS.get(4));
        assertThat(days).hasSize(14);
        assertThat(days.get(13).path("date").asString()).isEqualTo(summary.path("date").asString());
        assertThat(days.get(13).path("summary")).isEqualTo(today);
        assertThat(days.get(0).path("summary").path("totalJobs").asInt()).isZero();
    }

    @Test
    @Order(3)
    void shouldListJobsNewestFirstFilteredByStateAndTypeAndPaged() throws Exception {
        JsonNode all = api.getJson("/api/sync/dashboard/jobs");
        JsonNode failed = api.getJson("/api/sync/dashboard/jobs?state=failed&syncType=product");
        JsonNode succeeded = api.getJson("/api/sync/dashboard/jobs?state=SUCCEEDED");
        JsonNode secondPage = api.getJson("/api/sync/dashboard/jobs?page=1&size=2");

        assertThat(jobIds(all)).containsExactly(JOBS.get(4), JOBS.get(3), JOBS.get(2), JOBS.get(1), JOBS.get(0));
        assertThat(all.path("jobs").get(1).path("state").asString()).isEqualTo("FAILED");
        assertThat(all.path("jobs").get(2).path("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(all.path("jobs").get(2).path("status").asString()).isEqualTo("PARTIAL");
        assertThat(jobIds(failed)).containsExactly(JOBS.get(3));
        assertThat(succeeded.path("total").asInt()).isEqualTo(4);
        assertThat(jobIds(secondPage)).containsExactly(JOBS.get(2), JOBS.get(1));
        assertThat(secondPage.path("total").asInt()).isEqualTo(5);
        assertThat(api.get("/api/sync/dashboard/jobs?state=done").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(4)
    void shouldShowAJobWithItsJobRunrStateHistoryJoinedWithItsOperationLogRow() throws Exception {
        JsonNode partial = api.getJson("/api/sync/dashboard/jobs/" + JOBS.get(0));
        JsonNode failed = api.getJson("/api/sync/dashboard/jobs/" + JOBS.get(3));

        assertThat(partial.path("counters")).isEqualTo(api.getJson("/api/sync/job/" + JOBS.get(0)).path("counters"));
        assertThat(partial.path("status").asString()).isEqualTo("PARTIAL");
        assertThat(partial.path("queueState").asString()).isEqualTo("SUCCEEDED");
        assertThat(states(partial)).containsExactly("ENQUEUED", "PROCESSING", "SUCCEEDED");
        assertThat(partial.path("jobName").asString()).startsWith("Sync run");
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("errorMessage").asString()).contains("Luca");
        assertThat(states(failed)).startsWith("ENQUEUED", "PROCESSING", "FAILED");
        assertThat(failed.path("history").get(2).path("detail").asString()).contains("Luca");
        assertThat(api.get("/api/sync/dashboard/jobs/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void shouldRefuseWith409ToRetryOrDeleteARunningJobAndToRetryASucceededOne() throws Exception {
        CATALOGUE.variantIds().stream().limit(10).forEach(id -> CATALOGUE.setVariantSalesPrice(id, new BigDecimal("77.5")));
        luca.faults().setLatency(Duration.ofMillis(600));
        String running = api.start(PRODUCT);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> api.getJson("/api/sync/job/" + running).path("status").asString(), "RUNNING"::equals);

        HttpResponse<String> retryRunning = api.post("/api/sync/dashboard/jobs/" + running + "/retry", "");
        HttpResponse<String> deleteRunning = api.delete("/api/sync/dashboard/jobs/" + running);
        HttpResponse<String> retryWhileAnotherRuns = api.post("/api/sync/dashboard/jobs/" + JOBS.get(2) + "/retry", "");
        luca.faults().restoreDefaults();
        JsonNode ended = api.awaitEnd(running);
        HttpResponse<String> retrySucceeded = api.post("/api/sync/dashboard/jobs/" + JOBS.get(4) + "/retry", "");
        JOBS.add(running);

        assertThat(retryRunning.statusCode()).isEqualTo(409);
        assertThat(ServiceApi.JSON.readTree(retryRunning.body()).path("detail").asString()).contains("is running");
        assertThat(deleteRunning.statusCode()).isEqualTo(409);
        assertThat(ServiceApi.JSON.readTree(deleteRunning.body()).path("title").asString()).isEqualTo("Job is running");
        assertThat(retryWhileAnotherRuns.statusCode()).isEqualTo(409);
        assertThat(ServiceApi.JSON.readTree(retryWhileAnotherRuns.body()).path("runningJobId").asString()).isEqualTo(running);
        assertThat(ended.path("counters").path("updated").asInt()).isEqualTo(10);
        assertThat(retrySucceeded.statusCode()).isEqualTo(409);
        assertThat(ServiceApi.JSON.readTree(retrySucceeded.body()).path("detail").asString()).contains("nothing to retry");
    }

    @Test
    @Order(6)
    void shouldRequeueAFailedJobUnderItsOwnIdAndRunItAgain() throws Exception {
        String failed = JOBS.get(3);
        JsonNode figuresBefore = api.getJson("/api/sync/dashboard/summary").path("summary");

        // JobRunr repeats a failed job a few times (each fails again at once); the retry waits until it is not processing one.
        HttpResponse<String> retried = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.post("/api/sync/dashboard/jobs/" + failed + "/retry", ""), response -> response.statusCode() != 409);
        JsonNode ended = api.awaitEnd(failed);
        JsonNode detail = detailOnceJobRunrHasStoredTheEnd(failed);

        assertThat(retried.statusCode()).isEqualTo(202);
        assertThat(ServiceApi.JSON.readTree(retried.body()).path("message").asString()).isEqualTo("Job requeued successfully");
        assertThat(ServiceApi.JSON.readTree(retried.body()).path("jobId").asString()).isEqualTo(failed);
        assertThat(ended.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(states(detail)).startsWith("ENQUEUED", "PROCESSING", "FAILED").endsWith("ENQUEUED", "PROCESSING", "SUCCEEDED");
        JsonNode figures = api.getJson("/api/sync/dashboard/summary").path("summary");
        assertThat(figures.path("failedJobs").asInt()).as("the first attempt failed, and stays in the figures").isEqualTo(1);
        assertThat(figures.path("totalJobs").asInt()).as("each attempt counts once").isEqualTo(figuresBefore.path("totalJobs").asInt() + 1);
        assertThat(figures.path("successJobs").asInt()).isEqualTo(figuresBefore.path("successJobs").asInt() + 1);
    }

    @Test
    @Order(7)
    void shouldRetryAPartialJobEvenAfterJobRunrHasForgottenIt() throws Exception {
        String partial = JOBS.get(1);
        jobStorage.deletePermanently(UUID.fromString(partial));

        HttpResponse<String> retried = api.post("/api/sync/dashboard/jobs/" + partial + "/retry", "");
        JsonNode ended = api.awaitEnd(partial);

        assertThat(retried.statusCode()).isEqualTo(202);
        assertThat(ended.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(states(detailOnceJobRunrHasStoredTheEnd(partial))).containsExactly("ENQUEUED", "PROCESSING", "SUCCEEDED");
    }

    /** The operation log is the audit trail: a retry adds an attempt and changes nothing of the one before. */
    @Test
    @Order(8)
    void shouldKeepTheFirstAttemptsRowCountersAndRecordsAfterARetryAndGiveTheRetryItsOwn() throws Exception {
        String partial = JOBS.get(2);
        JsonNode before = api.getJson("/api/sync/job/" + partial);
        JsonNode recordsBefore = api.getJson("/api/sync/job/" + partial + "/items?size=1000");
        JsonNode figuresBefore = api.getJson("/api/sync/dashboard/summary").path("summary");

        HttpResponse<String> retried = api.post("/api/sync/dashboard/jobs/" + partial + "/retry", "");
        JsonNode ended = api.awaitEnd(partial);
        JsonNode first = ended.path("attempts").get(0);
        JsonNode figures = api.getJson("/api/sync/dashboard/summary").path("summary");

        assertThat(retried.statusCode()).isEqualTo(202);
        assertThat(before.path("status").asString()).isEqualTo("PARTIAL");
        assertThat(before.path("counters").path("failed").asInt()).isEqualTo(4);
        assertThat(ended.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(ended.path("attempt").asInt()).isEqualTo(2);
        assertThat(ended.path("attempts")).hasSize(2);
        assertThat(first.path("status").asString()).isEqualTo("PARTIAL");
        assertThat(first.path("counters")).isEqualTo(before.path("counters"));
        assertThat(first.path("endedAt")).isEqualTo(before.path("endedAt"));
        assertThat(api.getJson("/api/sync/job/" + partial + "/items?size=1000&attempt=1")).isEqualTo(recordsBefore);
        assertThat(ended.path("counters")).isNotEqualTo(before.path("counters"));
        assertThat(api.getJson("/api/sync/job/" + partial + "/items?outcome=FAILED").path("total").asInt()).isZero();
        assertThat(api.getJson("/api/sync/job/" + partial + "/items?outcome=FAILED&attempt=1").path("total").asInt()).isEqualTo(4);
        assertThat(figures.path("totalJobs").asInt()).isEqualTo(figuresBefore.path("totalJobs").asInt() + 1);
        assertThat(figures.path("totalProcessed").asInt())
                .isEqualTo(figuresBefore.path("totalProcessed").asInt() + ended.path("counters").path("processed").asInt());
        assertThat(figures.path("totalFailed").asInt()).isEqualTo(figuresBefore.path("totalFailed").asInt());
    }

    @Test
    @Order(9)
    void shouldDeleteAQueuedJobOfEveryTypeSoItNeverRunsAndAnEndedJobWithItsRecords() throws Exception {
        jobServer.pauseProcessing();
        String queued;
        try {
            queued = api.start("{\"syncType\":\"ALL\",\"dryRun\":true}");
            JsonNode detail = api.getJson("/api/sync/dashboard/jobs/" + queued);
            JsonNode listed = api.getJson("/api/sync/dashboard/jobs?size=3");
            HttpResponse<String> deleted = api.delete("/api/sync/dashboard/jobs/" + queued);

            assertThat(detail.path("syncType").asString()).isEqualTo("ALL");
            assertThat(detail.path("status").asString()).isEqualTo("QUEUED");
            assertThat(detail.path("runs")).hasSize(3);
            assertThat(jobIds(listed)).containsOnly(queued);
            assertThat(deleted.statusCode()).isEqualTo(200);
            assertThat(ServiceApi.JSON.readTree(deleted.body()).path("message").asString()).isEqualTo("Job deleted successfully");
            assertThat(jobStorage.getJobById(UUID.fromString(queued)).getState()).isEqualTo(StateName.DELETED);
        } finally {
            jobServer.resumeProcessing();
        }
        HttpResponse<String> endedDeleted = api.delete("/api/sync/dashboard/jobs/" + JOBS.get(0));

        assertThat(endedDeleted.statusCode()).isEqualTo(200);
        assertThat(api.get("/api/sync/job/" + queued).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/sync/dashboard/jobs/" + JOBS.get(0)).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/sync/job/" + JOBS.get(0) + "/records").statusCode()).isEqualTo(404);
        assertThat(api.delete("/api/sync/dashboard/jobs/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(api.post("/api/sync/start", "{\"syncType\":\"PRODUCT\",\"dryRun\":true,\"limit\":3}").statusCode())
                .as("the deleted job no longer blocks a new run").isEqualTo(202);
    }

    @Test
    @Order(10)
    void shouldChangeSessionStatsAfterAForcedRefreshWithoutEverRevealingTheWholeSessionId() throws Exception {
        String idBefore = sessions.activeSession().sessionId();
        JsonNode before = api.getJson("/api/sync/session/stats");

        HttpResponse<String> refreshed = api.post("/api/sync/session/refresh", "");
        String idAfter = sessions.activeSession().sessionId();
        JsonNode after = api.getJson("/api/sync/session/stats");

        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(idAfter).isNotEqualTo(idBefore);
        assertThat(before.path("currentSessionId").asString()).matches(".{4}\\.\\.\\..{3}");
        assertThat(after.path("currentSessionId").asString()).matches(".{4}\\.\\.\\..{3}").isNotEqualTo(before.path("currentSessionId").asString());
        assertThat(after.path("refreshCount").asLong()).isEqualTo(before.path("refreshCount").asLong() + 1);
        assertThat(Instant.parse(after.path("lastRefreshAt").asString())).isAfter(Instant.parse(before.path("createdAt").asString()));
        assertThat(after.path("isValid").asBoolean()).isTrue();
        assertThat(after.path("remainingTime").asString()).matches("00:(19|20):\\d{2}");
        assertThat(List.of(before.toString(), refreshed.body(), after.toString()))
                .allSatisfy(body -> assertThat(body).doesNotContain(idBefore, idAfter));
    }

    @Test
    @Order(11)
    void shouldCarryTheJobIdAndSyncTypeOnEveryLogLineOfARunAndNoSecretOnAny() throws Exception {
        CATALOGUE.variantIds().stream().limit(12).forEach(id -> CATALOGUE.setVariantSalesPrice(id, new BigDecimal("88.25")));
        await().atMost(Duration.ofMinutes(1)).until(() -> api.getJson("/api/sync/dashboard/summary").path("summary").path("runningJobs").asInt() == 0);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger sync = (Logger) LoggerFactory.getLogger("io.katanaluca.sync");
        Level level = sync.getLevel();
        lines.start();
        root.addAppender(lines);
        sync.setLevel(Level.DEBUG);
        JsonNode ended;
        try {
            ended = api.runToEnd(PRODUCT);
        } finally {
            sync.setLevel(level);
            root.detachAppender(lines);
        }
        String jobId = ended.path("jobId").asString();
        List<ILoggingEvent> runLines = lines.list.stream().filter(MonitoringIntegrationTests::isOfARun).toList();

        assertThat(ended.path("counters").path("updated").asInt()).isEqualTo(12);
        assertThat(runLines).hasSizeGreaterThan(20)
                .anySatisfy(line -> assertThat(line.getLoggerName()).endsWith("LucaHttp"))
                .allSatisfy(line -> assertThat(line.getMDCPropertyMap()).as(line.getFormattedMessage())
                        .containsEntry("jobId", jobId).containsEntry("syncType", "PRODUCT"));
        String sessionId = sessions.activeSession().sessionId();
        assertThat(lines.list).allSatisfy(line -> assertThat(line.getFormattedMessage())
                .doesNotContain(LUCA_PASSWORD, KATANA_KEY, sessionId, ServiceApi.PASSWORD));
    }

    @Test
    @Order(12)
    void shouldExposeTheListedMetricsWithNonZeroValuesInThePrometheusScrape() throws Exception {
        HttpResponse<String> scrape = api.get("/actuator/prometheus");

        PrometheusScrape metrics = new PrometheusScrape(scrape.body());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(metrics.sum("sync_records_total{", "outcome=\"CREATED\"")).isPositive();
        assertThat(metrics.sum("sync_records_total{", "outcome=\"UPDATED\"")).isPositive();
        assertThat(metrics.sum("sync_records_total{", "outcome=\"UNCHANGED\"")).isPositive();
        assertThat(metrics.sum("sync_records_total{", "outcome=\"FAILED\"")).isGreaterThanOrEqualTo(12);
        assertThat(metrics.sum("sync_run_duration_seconds_count{", "status=\"PARTIAL\"")).isPositive();
        assertThat(metrics.sum("sync_run_duration_seconds_sum{", "type=\"PRODUCT\"")).isPositive();
        assertThat(metrics.sum("sync_remote_requests_seconds_count{", "endpoint=\"EkleStkWsSkart.do\"")).isPositive();
        assertThat(metrics.sum("sync_remote_requests_seconds_sum{", "system=\"katana\"")).isPositive();
        assertThat(metrics.sum("sync_remote_requests_seconds_count{", "outcome=\"SERVER_ERROR\"")).isPositive();
        assertThat(metrics.sum("sync_remote_errors_total{", "system=\"luca\"")).isPositive();
        assertThat(metrics.sum("sync_remote_retries_total{", "system=\"luca\"")).isPositive();
        assertThat(metrics.sum("luca_logins_total", "")).isPositive();
        assertThat(metrics.sum("luca_session_refreshes_total", "")).isPositive();
        assertThat(metrics.sum("cache_gets_total{", "result=\"hit\"")).isPositive();
        assertThat(metrics.sum("cache_gets_total{", "result=\"miss\"")).isPositive();
        assertThat(metrics.sum("katana_rate_limit_waited_seconds_total", "")).isPositive();
    }

    @Test
    @Order(13)
    void shouldDescribeTheApiWithExamplesAndServeSwaggerUiAndTheDashboardBehindTheApisAuth() throws Exception {
        JsonNode docs = api.getJson("/v3/api-docs");

        assertThat(docs.path("components").path("securitySchemes").path("basicAuth").path("scheme").asString()).isEqualTo("basic");
        assertThat(docs.path("paths").propertyNames()).contains("/api/sync/start", "/api/sync/job/{jobId}", "/api/sync/session/stats",
                "/api/sync/dashboard/jobs", "/api/sync/dashboard/jobs/{jobId}", "/api/sync/dashboard/jobs/{jobId}/retry",
                "/api/sync/dashboard/summary", "/api/sync/dashboard/stats");
        docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                assertThat(operation.getValue().path("responses").toString()).as("%s %s", operation.getKey(), path.getKey()).contains("\"example\"")));
        assertThat(api.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(api.getAnonymously("/v3/api-docs").statusCode()).isEqualTo(401);
        assertThat(api.get("/dashboard/").body()).contains("<title>Katana → Luca Sync</title>");
        assertThat(api.get("/dashboard/dashboard.js").statusCode()).isEqualTo(200);
        assertThat(api.getAnonymously("/dashboard/").statusCode()).isEqualTo(401);
        assertThat(api.get("/").headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/dashboard/"));
    }

    @Test
    @Order(14)
    void shouldReportLucaDownWhileItIsStoppedAndUpAgainOnceItIsBack() throws Exception {
        JsonNode health = ServiceApi.JSON.readTree(api.get("/actuator/health").body());
        assertThat(List.of("luca", "katana", "db", "jobQueue"))
                .allSatisfy(name -> assertThat(health.path("components").path(name).path("status").asString()).as(name).isEqualTo("UP"));
        assertThat(ServiceApi.JSON.readTree(api.getAnonymously("/actuator/health").body()).has("components")).isFalse();
        int lucaPort = luca.port();

        luca.close();
        HttpResponse<String> down = api.get("/actuator/health/luca");
        luca = LucaSimulator.start(LucaSimulatorConfig.defaults().withPort(lucaPort));
        JsonNode up = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> ServiceApi.JSON.readTree(api.get("/actuator/health/luca").body()), answer -> "UP".equals(answer.path("status").asString()));

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(ServiceApi.JSON.readTree(down.body()).path("status").asString()).isEqualTo("DOWN");
        assertThat(ServiceApi.JSON.readTree(down.body()).path("details").path("error").asString()).contains("Luca");
        assertThat(up.path("details").path("units").asInt()).isPositive();
        assertThat(luca.loginCount()).isEqualTo(1);
    }

    /** The summary's record counts are the sums of the operation-log rows of the listed jobs, to the record. */
    private void assertAgreesWithTheOperationLog(JsonNode figures) throws Exception {
        List<JsonNode> counters = new ArrayList<>();
        for (String job : JOBS) {
            counters.add(api.getJson("/api/sync/job/" + job).path("counters"));
        }
        assertThat(figures.path("totalProcessed").asInt()).isEqualTo(sum(counters, c -> c.path("processed").asInt()));
        assertThat(figures.path("totalSuccess").asInt()).isEqualTo(sum(counters, c -> c.path("succeeded").asInt()));
        assertThat(figures.path("totalFailed").asInt()).isEqualTo(sum(counters, c -> c.path("failed").asInt()));
    }

    private static int sum(List<JsonNode> counters, ToIntFunction<JsonNode> field) {
        return counters.stream().mapToInt(field).sum();
    }

    private static List<String> jobIds(JsonNode page) {
        return StreamSupport.stream(page.path("jobs").spliterator(), false).map(job -> job.path("jobId").asString()).toList();
    }

    /** The job ends its run, then returns, and only then does JobRunr store SUCCEEDED: the history lags the run by a moment. */
    private JsonNode detailOnceJobRunrHasStoredTheEnd(String jobId) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.getJson("/api/sync/dashboard/jobs/" + jobId), detail -> {
                    List<String> states = states(detail);
                    return !states.isEmpty() && List.of("SUCCEEDED", "FAILED").contains(states.get(states.size() - 1));
                });
    }

    private static List<String> states(JsonNode detail) {
        return StreamSupport.stream(detail.path("history").spliterator(), false).map(change -> change.path("state").asString()).toList();
    }

    /** A line the run itself logs: the sync code or JobRunr performing the job, on any thread but the web server's. */
    private static boolean isOfARun(ILoggingEvent line) {
        boolean runCode = line.getLoggerName().startsWith("io.katanaluca.sync.")
                || line.getLoggerName().equals("org.jobrunr.server.BackgroundJobPerformer");
        return runCode && !line.getThreadName().startsWith("http-nio") && !line.getThreadName().equals("main");
    }

    private static List<Long> addVariantsWithoutSku(int products) {
        List<Long> before = CATALOGUE.variantIds();
        for (int i = 1; i <= products; i++) {
            Map<String, Object> variant = new HashMap<>();
            variant.put("sku", null);
            variant.put("sales_price", 10);
            CATALOGUE.addProduct(Map.of("name", "Eksik SKU Ürünü " + i, "uom", "pcs", "variants", List.of(variant)));
        }
        return CATALOGUE.variantIds().stream().filter(id -> !before.contains(id)).toList();
    }
}
