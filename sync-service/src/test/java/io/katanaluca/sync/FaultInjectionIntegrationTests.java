package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sim.luca.StoredStockCard;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service against misbehaving simulators, through its HTTP API on H2. First a sync of 2,000
 * variants while Luca fails 10% of calls with 5xx and 2% with an HTML error page, ends the session
 * every 10 s and answers 0-200 ms late, and Katana answers bursts of 429: every card exactly once,
 * one login per expiry at most, the retries in the metrics and on the records. Then Luca goes
 * offline in the middle of a run: the run stops at once, says where Luca could not be reached, marks
 * nothing written that was not, and a retry finishes the work. Last Katana refuses the key, then
 * cannot be reached: each run fails at once, saying which, and writes nothing. The methods build
 * on each other, hence the order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fault-injection-e2e;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=" + ServiceApi.PASSWORD,
        "jobrunr.dashboard.enabled=false",
        "jobrunr.background-job-server.worker-count=8",
        "sync.parallelism=8",
        "sync.retry.luca.initial-backoff=10ms",
        "sync.retry.katana.initial-backoff=10ms",
        "sync.retry.luca.circuit-open-duration=2s",
        "katana.page-size=50",
        "katana.rate-limit-requests=600",
        "katana.rate-limit-period=60s"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(FaultInjectionIntegrationTests.class);
    private static final String PRODUCT = "{\"syncType\":\"PRODUCT\"}";
    private static final KatanaCatalogue CATALOGUE = KatanaCatalogue.generateWithVariantCount(2000, 23);
    private static final KatanaSimulatorConfig KATANA_CONFIG = KatanaSimulatorConfig.defaults().withRateLimit(600, Duration.ofSeconds(60));
    private static KatanaSimulator katana = KatanaSimulator.start(KATANA_CONFIG.withTooManyRequestsBursts(8, 2), CATALOGUE);
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults());
    private static final int KATANA_PORT = katana.port();

    @LocalServerPort
    private int port;

    private SyncApi api;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        ServiceApi.useSimulators(registry, katana, LUCA);
    }

    @BeforeEach
    void connect() {
        api = new SyncApi(port, "admin", ServiceApi.PASSWORD);
    }

    @AfterAll
    static void stopSimulators() {
        katana.close();
        LUCA.close();
    }

    @Test
    @Order(1)
    void shouldSyncEveryVariantExactlyOnceThroughLucaAndKatanaFaults() {
        int variants = CATALOGUE.variantCount();
        LUCA.faults().setFailureRate5xx(0.10).setHtmlErrorRate(0.02).setSessionExpiryInterval(Duration.ofSeconds(10))
                .setLatencyJitter(Duration.ofMillis(200));
        JsonNode ended;
        try {
            ended = api.runToEnd(PRODUCT);
        } finally {
            LUCA.faults().restoreDefaults();
        }
        List<JsonNode> items = api.items(ended.path("jobId").asString(), "");

        assertThat(variants).isGreaterThanOrEqualTo(2000);
        assertThat(ended.path("status").asString()).as(ended.toString()).isEqualTo("SUCCESS");
        assertThat(ended.path("counters").path("created").asInt()).isEqualTo(variants);
        assertThat(items).hasSize(variants).allSatisfy(item -> assertThat(item.path("outcome").asString()).isEqualTo("CREATED"));
        assertEveryLiveSkuHasExactlyOneCardWrittenOnce();
        assertThat(LUCA.sessionExpiryCount()).as("the run outlasted a session").isPositive();
        assertThat(LUCA.loginCount()).as("logins against %d forced expiries", LUCA.sessionExpiryCount())
                .isLessThanOrEqualTo(LUCA.sessionExpiryCount() + 1);
        assertThat(katana.stats().tooManyRequests()).isPositive();
        assertTheRetriesShowInTheMetrics();
        assertTheRetriesShowOnTheRecordsThatNeededThem(items, variants);
        log.info("Fault run: {} variants in {} ms, {} logins, {} session expiries, {} Katana 429s", variants,
                ended.path("durationMs").asLong(), LUCA.loginCount(), LUCA.sessionExpiryCount(), katana.stats().tooManyRequests());
    }

    @Test
    @Order(2)
    void shouldStopAtOnceWhenLucaCannotBeReachedMarkNothingItDidNotWriteAndFinishOnRetry() {
        int before = LUCA.stockCardCount();
        addProducts("OUT", 100, 4);
        LUCA.faults().setLatency(Duration.ofMillis(40));
        String jobId = api.start("/api/sync/start", PRODUCT);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(5)).until(() -> LUCA.stockCardCount() >= before + 40);
        LUCA.goOffline();
        long offlineAt = System.nanoTime();
        JsonNode stopped = api.awaitEnd(jobId);
        long stoppedAfterMs = (System.nanoTime() - offlineAt) / 1_000_000;
        List<JsonNode> items = api.items(jobId, "").stream()
                .filter(item -> Set.of("CREATE", "UPDATE").contains(item.path("action").asString())).toList();
        LUCA.faults().restoreDefaults();
        LUCA.goOnline();

        assertThat(stopped.path("status").asString()).isEqualTo("FAILED");
        assertThat(stoppedAfterMs).as("the circuit breaker stops the run, not each record's retries").isLessThan(15_000);
        assertThat(stopped.path("errorMessage").asString()).contains("circuit breaker", "Luca could not be reached at " + LUCA.baseUrl());
        assertNothingIsMarkedWrittenThatLucaDoesNotHold(items);
        assertThat(items).filteredOn(item -> item.path("outcome").asString().equals("PENDING")).as("records never tried").isNotEmpty()
                .allSatisfy(item -> assertThat(item.path("reason").asString()).contains("Not written", "Luca could not be reached at " + LUCA.baseUrl()));

        awaitLucasCircuitBreakerLettingCallsThrough();
        JsonNode retried = api.awaitEnd(api.start("/api/sync/job/" + jobId + "/retry-failed", ""));

        assertThat(retried.path("status").asString()).as(retried.toString()).isEqualTo("SUCCESS");
        assertThat(retried.path("counters").path("total").asInt()).as("the failed and the never written records")
                .isEqualTo(items.stream().filter(item -> !Set.of("CREATED", "UPDATED").contains(item.path("outcome").asString())).count());
        assertEveryLiveSkuHasExactlyOneCard();
        log.info("Luca offline: the run stopped {} ms after, the retry wrote {} records", stoppedAfterMs,
                retried.path("counters").path("total").asInt());
    }

    @Test
    @Order(3)
    void shouldFailAtOnceWithoutWritingWhenKatanaRejectsTheKey() {
        addProducts("KEY", 1, 2);
        restartKatana(KATANA_CONFIG.withApiKey("another-key"));
        long writesBefore = lucaWrites();

        JsonNode failed = api.runToEnd(PRODUCT);

        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("errorMessage").asString()).contains("Katana rejected the API key (HTTP 401)")
                .doesNotContain("could not be reached");
        assertThat(failed.path("durationMs").asLong()).isLessThan(5_000);
        assertThat(failed.path("counters").path("total").asInt()).isZero();
        assertThat(lucaWrites()).isEqualTo(writesBefore);
    }

    @Test
    @Order(4)
    void shouldFailAtOnceWithoutWritingWhenKatanaCannotBeReachedThenSyncOnceItIsBack() {
        katana.close();
        long writesBefore = lucaWrites();

        JsonNode failed = api.runToEnd(PRODUCT);
        restartKatana(KATANA_CONFIG);
        JsonNode afterwards = api.runToEnd(PRODUCT);

        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("errorMessage").asString()).contains("Katana could not be reached at http://127.0.0.1:" + KATANA_PORT + "/v1")
                .doesNotContain("API key");
        assertThat(failed.path("durationMs").asLong()).isLessThan(5_000);
        assertThat(failed.path("counters").path("total").asInt()).isZero();
        assertThat(afterwards.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(afterwards.path("counters").path("created").asInt()).as("the failed runs had something to write").isEqualTo(2);
        assertThat(lucaWrites() - writesBefore).isEqualTo(2);
        assertEveryLiveSkuHasExactlyOneCard();
    }

    private void assertEveryLiveSkuHasExactlyOneCardWrittenOnce() {
        assertEveryLiveSkuHasExactlyOneCard();
        assertThat(LUCA.stockCards()).allSatisfy(card -> assertThat(card.updateCount()).as(card.kartKodu()).isZero());
    }

    private static void assertEveryLiveSkuHasExactlyOneCard() {
        List<String> codes = LUCA.stockCards().stream().map(StoredStockCard::kartKodu).toList();
        assertThat(codes).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(liveSkus());
    }

    private static Set<String> liveSkus() {
        return CATALOGUE.variants().stream().map(variant -> variant.path("sku").asString().trim()).collect(Collectors.toSet());
    }

    private void assertTheRetriesShowInTheMetrics() {
        PrometheusScrape metrics = prometheus();
        assertThat(metrics.sum("sync_remote_retries_total{", "system=\"luca\"")).isPositive();
        assertThat(metrics.sum("sync_remote_retries_total{", "system=\"katana\"")).isPositive();
        assertThat(metrics.sum("sync_remote_errors_total{", "kind=\"TRANSIENT\"")).isPositive();
        assertThat(metrics.sum("luca_session_refreshes_total", "")).isPositive();
    }

    private static void assertTheRetriesShowOnTheRecordsThatNeededThem(List<JsonNode> items, int variants) {
        List<String> retryNotes = items.stream().flatMap(item -> item.path("warnings").valueStream()).map(JsonNode::asString)
                .filter(warning -> warning.startsWith("written after")).toList();
        log.info("{} of {} records were written after retries, e.g. \"{}\"", retryNotes.size(), variants, retryNotes.isEmpty() ? "" : retryNotes.get(0));
        assertThat(retryNotes).as("about one write in eight met a fault").hasSizeBetween(variants / 20, variants / 2)
                .allSatisfy(note -> assertThat(note).matches("written after \\d+ retr(y|ies) \\(.+\\)"));
        assertThat(retryNotes).anySatisfy(note -> assertThat(note).contains("HTTP 500"))
                .anySatisfy(note -> assertThat(note).contains("session expired"))
                .anySatisfy(note -> assertThat(note).contains("HTML"));
    }

    /** {@code items} are the records the run was to write. */
    private static void assertNothingIsMarkedWrittenThatLucaDoesNotHold(List<JsonNode> items) {
        List<JsonNode> written = items.stream().filter(item -> Set.of("CREATED", "UPDATED").contains(item.path("outcome").asString())).toList();
        assertThat(written).isNotEmpty().allSatisfy(item -> assertThat(LUCA.stockCardByCode(item.path("cardCode").asString()))
                .as(item.toString()).hasValueSatisfying(card -> assertThat(card.skartId()).isEqualTo(item.path("lucaId").asLong())));
        assertThat(items).filteredOn(item -> !written.contains(item)).isNotEmpty()
                .allSatisfy(item -> assertThat(item.path("outcome").asString()).isIn("FAILED", "PENDING"));
    }

    /** The breaker lets a probe through once its pause is over; the health shows it leave OPEN. */
    private void awaitLucasCircuitBreakerLettingCallsThrough() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.getJson("/actuator/health/luca").path("details").path("circuitBreaker").asString(), state -> !"OPEN".equals(state));
    }

    private static void restartKatana(KatanaSimulatorConfig config) {
        katana.close();
        katana = KatanaSimulator.start(config.withPort(KATANA_PORT), CATALOGUE);
    }

    private static long lucaWrites() {
        return LUCA.callCount("EkleStkWsSkart.do") + LUCA.callCount("GuncelleStkWsSkart.do");
    }

    private static void addProducts(String prefix, int products, int variantsEach) {
        for (int p = 1; p <= products; p++) {
            int product = p;
            List<Map<String, Object>> variants = IntStream.rangeClosed(1, variantsEach)
                    .mapToObj(v -> variant(prefix + "-" + product + "-" + v)).toList();
            CATALOGUE.addProduct(Map.of("name", "Arıza Ürünü " + prefix + " " + product, "uom", "pcs", "variants", variants));
        }
    }

    private static Map<String, Object> variant(String sku) {
        Map<String, Object> variant = new HashMap<>();
        variant.put("sku", sku);
        variant.put("sales_price", 10);
        return variant;
    }

    private PrometheusScrape prometheus() {
        return new PrometheusScrape(api.get("/actuator/prometheus").body());
    }
}
