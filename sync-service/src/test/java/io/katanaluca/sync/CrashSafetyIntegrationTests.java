package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sim.luca.StoredStockCard;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The service as a process of its own on the default H2 file database ({@code ./data} in its
 * working directory, as a single-node user has it), killed with SIGKILL four times during one
 * product run of over 3,000 variants and started again each time: as soon as the run was accepted,
 * while it plans, early in the batch writing and late in it. Afterwards Luca holds exactly one card
 * per SKU with the catalogue's current name and price, every variant has one result, the operation
 * log says the run was resumed after the stops, and the next run writes nothing. The kill moments
 * are random within their phase; the seed is logged, and {@code -Dcrash.seed=…} repeats them.
 */
class CrashSafetyIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(CrashSafetyIntegrationTests.class);
    private static final long SEED = Long.getLong("crash.seed", System.nanoTime());
    private static final String CREATE = "EkleStkWsSkart.do";
    private static final String UPDATE = "GuncelleStkWsSkart.do";
    private static final int PAGE_SIZE = 100;
    private static final KatanaCatalogue CATALOGUE = KatanaCatalogue.generateWithVariantCount(3000, 61);
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults()
            .withRateLimit(100_000, Duration.ofMinutes(1)).withLatency(Duration.ofMillis(150)), CATALOGUE);
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults().withLatency(Duration.ofMillis(10)));

    @TempDir
    static Path workingDirectory;

    private final Random random = new Random(SEED);
    private SingleNodeService service;
    private SyncApi api;
    private int starts;

    @AfterEach
    void stopService() throws InterruptedException {
        if (service != null) {
            service.killHard();
        }
    }

    @AfterAll
    static void stopSimulators() {
        KATANA.close();
        LUCA.close();
    }

    @Test
    void shouldSyncEveryVariantExactlyOnceAlthoughTheServiceIsKilledFourTimesDuringTheRun() throws Exception {
        log.info("Crash test seed {} (repeat these kill moments with -Dcrash.seed={})", SEED, SEED);
        int variants = CATALOGUE.variantCount();
        assertThat(variants).isGreaterThanOrEqualTo(3000);
        startService();
        String jobId = api.start("/api/sync/start", "{\"syncType\":\"PRODUCT\"}");
        service.killHard();
        long pagesBefore = productPagesRead();
        startService();
        assertThat(api.get("/api/sync/job/" + jobId).statusCode()).as("the run accepted just before the kill is still there").isEqualTo(200);

        killWhilePlanning(pagesBefore);
        changeTheCatalogueWhileTheServiceIsDown();
        startService();
        killWhileWriting(variants, 0.10, 0.35);
        startService();
        killWhileWriting(variants, 0.60, 0.90);
        startService();
        JsonNode run = awaitEnd(jobId);

        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCESS");
        assertThat(run.path("counters").path("processed").asInt()).isEqualTo(variants);
        assertThat(run.path("counters").path("created").asInt() + run.path("counters").path("updated").asInt()).isEqualTo(variants);
        assertThat(run.path("counters").path("updated").asInt()).as("cards created just before a kill, adopted on the repeat").isPositive();
        assertThat(run.path("errorMessage").asString()).as("stopped while planning and writing (and rarely already on the first kill)")
                .containsPattern("stopped [34] times").contains("resumed");
        assertThat(LUCA.callCount(CREATE)).as("creates cut short by a kill were sent again").isGreaterThan(variants);
        assertOneCardPerSkuWithTheCurrentFields();
        assertNoRunLeftActive();

        long writesBefore = lucaWrites();
        JsonNode next = api.runToEnd("{\"syncType\":\"PRODUCT\"}");

        assertThat(lucaWrites()).isEqualTo(writesBefore);
        assertThat(next.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(next.path("counters").path("unchanged").asInt()).isEqualTo(variants);
    }

    private void startService() {
        Path output = Path.of("target", "crash-safety-start-" + (++starts) + ".log");
        service = SingleNodeService.start(SingleNodeService.settings(KATANA, LUCA, PAGE_SIZE), workingDirectory, output);
        api = service.api();
        log.info("Service started ({} of 5)", starts);
    }

    /** Kills the service after a random number of Katana pages were read, before any card is written. */
    private void killWhilePlanning(long pagesBefore) throws InterruptedException {
        int pages = (CATALOGUE.productCount() + PAGE_SIZE - 1) / PAGE_SIZE;
        long killAfter = pagesBefore + 1 + random.nextInt(pages - 2);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> productPagesRead() >= killAfter);
        service.killHard();
        log.info("Killed while planning, after {} of {} Katana pages", productPagesRead() - pagesBefore, pages);
        assertThat(LUCA.callCount(CREATE) + LUCA.callCount(UPDATE)).as("killed before any card was written").isZero();
    }

    /** Kills the service once Luca holds a random share (between {@code from} and {@code to}) of the cards. */
    private void killWhileWriting(int variants, double from, double to) throws InterruptedException {
        int killAt = (int) (variants * (from + random.nextDouble() * (to - from)));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> LUCA.stockCardCount() >= killAt);
        service.killHard();
        log.info("Killed while writing, with {} of {} cards in Luca", LUCA.stockCardCount(), variants);
        assertThat(LUCA.stockCardCount()).as("killed before the last card was written").isLessThan(variants);
    }

    /** Names and prices the first run read before the kill are no longer current: the cards must carry the new ones. */
    private static void changeTheCatalogueWhileTheServiceIsDown() {
        CATALOGUE.productIds().stream().limit(5).forEach(id -> CATALOGUE.renameProduct(id,
                CATALOGUE.product(id).orElseThrow().path("name").asString() + " Yeni"));
        CATALOGUE.variantIds().stream().skip(100).limit(20).forEach(id -> CATALOGUE.setVariantSalesPrice(id, new BigDecimal("654.32")));
    }

    private JsonNode awaitEnd(String jobId) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.getJson("/api/sync/job/" + jobId), job -> !List.of("QUEUED", "RUNNING").contains(job.path("status").asString()));
    }

    private static void assertOneCardPerSkuWithTheCurrentFields() {
        List<StoredStockCard> stored = LUCA.stockCards();
        Map<String, StoredStockCard> cards = stored.stream().collect(Collectors.toMap(StoredStockCard::kartKodu, Function.identity()));
        assertThat(cards).as("one card per code").hasSameSizeAs(stored).hasSize(CATALOGUE.variantCount());
        for (JsonNode variant : CATALOGUE.variants()) {
            String sku = variant.path("sku").asString().trim();
            StoredStockCard card = cards.get(sku);
            assertThat(card).as("card for SKU %s", sku).isNotNull();
            assertThat(card.kartAdi()).as("name of %s", sku).isEqualTo(expectedName(variant));
            assertThat(new BigDecimal(card.field("perakendeSatisBirimFiyat").asString())).as("price of %s", sku)
                    .isEqualByComparingTo(new BigDecimal(variant.path("sales_price").asString()));
        }
    }

    /** The default name template: product name, then the option values in brackets. */
    private static String expectedName(JsonNode variant) {
        String product = CATALOGUE.product(variant.path("product_id").asLong()).orElseThrow().path("name").asString().trim();
        List<String> options = new ArrayList<>();
        variant.path("config_attributes").forEach(option -> options.add(option.path("config_value").asString()));
        return options.isEmpty() ? product : product + " (" + String.join(" / ", options) + ")";
    }

    private void assertNoRunLeftActive() {
        JsonNode page = api.getJson("/api/sync/dashboard/jobs?size=100");
        assertThat(page.path("jobs")).isNotEmpty()
                .allSatisfy(job -> assertThat(job.path("status").asString()).as(job.toString()).isNotIn("QUEUED", "RUNNING"));
    }

    private static long productPagesRead() {
        return KATANA.stats().requests("/v1/products");
    }

    private static long lucaWrites() {
        return LUCA.callCount(CREATE) + LUCA.callCount(UPDATE);
    }
}
