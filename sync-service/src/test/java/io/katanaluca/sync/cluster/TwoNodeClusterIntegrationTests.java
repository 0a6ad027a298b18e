package io.katanaluca.sync.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sim.luca.StoredStockCard;
import io.katanaluca.sync.katana.KatanaClient;
import io.katanaluca.sync.katana.KatanaQuery;
import io.katanaluca.sync.run.JdbcRecordResultRepository;
import io.katanaluca.sync.run.JdbcSyncRunRepository;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.RecordResult;
import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncLauncher;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncType;
import io.lettuce.core.RedisClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the service (two application contexts) on one PostgreSQL, one Redis and the
 * simulators behave as one: of two starts at once on the two nodes one is refused; the run of 2,000 variants is written by both nodes' workers with one
 * Luca login, one card per SKU, never more than the write cap in flight at Luca, and never a 429
 * from Katana although the other node reads Katana at the same time. Then a flushed Redis, twice
 * in the middle of a run, changes none of its outcomes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIntegrationTests {

    private static final int WRITE_CAP = 5;
    private static final KatanaCatalogue CATALOGUE = KatanaCatalogue.generateWithVariantCount(2000, 11);
    private static final KatanaSimulator KATANA = KatanaSimulator.start(
            KatanaSimulatorConfig.defaults().withRateLimit(20, Duration.ofSeconds(4)), CATALOGUE);
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults().withLatency(Duration.ofMillis(25)));
    private static final String DATABASE = EmbeddedServers.newPostgresDatabase("two_nodes", false);
    private static final JdbcTemplate JDBC = new JdbcTemplate(EmbeddedServers.dataSource(DATABASE));

    private static ServiceNode nodeA;
    private static ServiceNode nodeB;

    @BeforeAll
    static void startTwoNodes() {
        ClusterSettings settings = new ClusterSettings(DATABASE, "two-nodes:", KATANA, LUCA)
                .with("katana.rate-limit-requests", "20").with("katana.rate-limit-period", "4s")
                .with("sync.parallelism", Integer.toString(WRITE_CAP));
        nodeA = ServiceNode.start(settings.forNode("node-a"));
        nodeB = ServiceNode.start(settings.forNode("node-b"));
    }

    @AfterAll
    static void stopEverything() {
        nodeB.close();
        nodeA.close();
        KATANA.close();
        LUCA.close();
    }

    @Test
    @Order(1)
    void shouldSyncTwoThousandVariantsAsOneServiceOnTwoNodes() {
        int variants = CATALOGUE.variantCount();
        assertThat(variants).isGreaterThanOrEqualTo(2000);

        List<CompletableFuture<SyncRun>> starts = Stream.of(nodeA, nodeB).map(node -> CompletableFuture.supplyAsync(
                () -> node.bean(SyncLauncher.class).start(SyncType.PRODUCT, null, false, "two-node test"))).toList();
        List<SyncRun> startedRuns = starts.stream().map(start -> start.exceptionally(refused -> null).join()).filter(Objects::nonNull).toList();
        assertThat(startedRuns).as("of two starts at once on two nodes, one is refused").hasSize(1);
        assertThat(starts).filteredOn(CompletableFuture::isCompletedExceptionally).singleElement()
                .satisfies(refused -> assertThat(refused.handle((run, error) -> error.getCause()).join())
                        .isInstanceOf(SyncLauncher.RunAlreadyActiveException.class));
        SyncRun started = startedRuns.get(0);
        CompletableFuture<Long> otherKatanaReader = CompletableFuture.supplyAsync(
                () -> nodeB.bean(KatanaClient.class).forEachProductPage(KatanaQuery.allProducts(), page -> { }));
        SyncRun run = awaitEnd(started.id());

        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(run.counters().created()).isEqualTo(variants);
        assertThat(run.counters().processed()).isEqualTo(variants);
        assertThat(nodesThatFinishedBatches(run.id())).containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(LUCA.loginCount()).isEqualTo(1);
        assertOneCardPerSku(variants);
        assertThat(otherKatanaReader.join()).isEqualTo(CATALOGUE.productCount());
        assertThat(KATANA.stats().tooManyRequests()).isZero();
        assertThat(LUCA.peakConcurrency()).isBetween(2, WRITE_CAP);
    }

    @Test
    @Order(2)
    void shouldReachTheSameOutcomesWhenRedisIsFlushedInTheMiddleOfARun() throws Exception {
        List<String> adopted = addNewProducts(60, true);
        List<String> created = addNewProducts(240, false);
        List<String> changed = changePrices(150);
        long pageRequestsBefore = KATANA.stats().requests("/v1/products");

        SyncRun started = nodeB.bean(SyncLauncher.class).start(SyncType.PRODUCT, null, false, "flush test");
        await().atMost(Duration.ofMinutes(1)).until(() -> KATANA.stats().requests("/v1/products") >= pageRequestsBefore + 2);
        boolean flushedWhilePlanning = batchesHandedOut(started.id()) == null;
        flushRedis();
        await().atMost(Duration.ofMinutes(1)).until(() -> batchesDone(started.id()) >= 3);
        boolean flushedWhileWriting = batchesDone(started.id()) < batchesHandedOut(started.id());
        flushRedis();
        SyncRun run = awaitEnd(started.id());

        assertThat(flushedWhilePlanning).isTrue();
        assertThat(flushedWhileWriting).isTrue();
        Map<String, RecordOutcome> outcomes = outcomesBySku(run.id());
        assertThat(adopted).allSatisfy(sku -> assertThat(outcomes.get(sku)).as(sku).isEqualTo(RecordOutcome.UPDATED));
        assertThat(created).allSatisfy(sku -> assertThat(outcomes.get(sku)).as(sku).isEqualTo(RecordOutcome.CREATED));
        assertThat(changed).allSatisfy(sku -> assertThat(outcomes.get(sku)).as(sku).isEqualTo(RecordOutcome.UPDATED));
        assertThat(outcomes.values().stream().filter(o -> o == RecordOutcome.UNCHANGED)).hasSize(outcomes.size() - 450);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(run.counters()).isEqualTo(new SyncRun.Counters(outcomes.size(), outcomes.size(), outcomes.size(), 0, 240, 210,
                outcomes.size() - 450));
        assertOneCardPerSku(CATALOGUE.variantCount());
    }

    private static SyncRun awaitEnd(long runId) {
        JdbcSyncRunRepository runs = nodeA.bean(JdbcSyncRunRepository.class);
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> runs.findById(runId).orElseThrow(), run -> !run.status().isActive());
    }

    private static List<String> nodesThatFinishedBatches(long runId) {
        return JDBC.queryForList("SELECT DISTINCT node FROM sync_batch WHERE run_id = ? AND done_at IS NOT NULL", String.class, runId);
    }

    private static Integer batchesHandedOut(long runId) {
        return JDBC.queryForObject("SELECT batches_total FROM sync_operation_log WHERE id = ?", Integer.class, runId);
    }

    private static int batchesDone(long runId) {
        return JDBC.queryForObject("SELECT batches_done FROM sync_operation_log WHERE id = ?", Integer.class, runId);
    }

    private static void flushRedis() {
        RedisClient client = RedisClient.create(EmbeddedServers.redisUrl());
        try (var connection = client.connect()) {
            connection.sync().flushall();
        } finally {
            client.shutdown();
        }
    }

    private static void assertOneCardPerSku(int variants) {
        List<StoredStockCard> cards = LUCA.stockCards();
        assertThat(cards).hasSize(variants);
        assertThat(cards.stream().map(StoredStockCard::kartKodu).distinct()).hasSize(variants);
    }

    private static Map<String, RecordOutcome> outcomesBySku(long runId) {
        List<RecordResult> results = nodeA.bean(JdbcRecordResultRepository.class).find(runId, null, 0, 10_000);
        return results.stream().collect(Collectors.toMap(result -> result.sku().trim(), RecordResult::outcome));
    }

    /** Products of one variant each; {@code alreadyInLuca}: a card with that code exists in Luca but is not ours yet. */
    private static List<String> addNewProducts(int count, boolean alreadyInLuca) {
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String sku = (alreadyInLuca ? "ESKI-" : "YENI-") + i;
            CATALOGUE.addProduct(product("Yeni Ürün " + sku, sku));
            if (alreadyInLuca) {
                LUCA.addStockCard(Map.of("kartKodu", sku, "kartAdi", "Önceden açılmış", "kartTuru", 1, "baslangicTarihi", "01/01/2025"));
            }
            skus.add(sku);
        }
        return skus;
    }

    private static List<String> changePrices(int count) {
        List<Long> ids = CATALOGUE.variants().stream().filter(v -> v.path("sku").asString("").startsWith("TR-"))
                .limit(count).map(v -> v.path("id").asLong()).toList();
        ids.forEach(id -> CATALOGUE.setVariantSalesPrice(id, new BigDecimal("777.25")));
        return ids.stream().map(id -> CATALOGUE.variant(id).orElseThrow().path("sku").asString().trim()).toList();
    }

    private static Map<String, Object> product(String name, String sku) {
        Map<String, Object> variant = new HashMap<>();
        variant.put("sku", sku);
        variant.put("sales_price", 12.5);
        variant.put("purchase_price", 7);
        Map<String, Object> product = new HashMap<>();
        product.put("name", name);
        product.put("uom", "pcs");
        product.put("variants", List.of(variant));
        return product;
    }
}
