package io.katanaluca.sync.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sim.luca.StoredStockCard;
import io.katanaluca.sync.run.JdbcRecordResultRepository;
import io.katanaluca.sync.run.JdbcSyncRunRepository;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.RecordResult;
import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncLauncher;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node stopped hard in the middle of a run: node B runs in its own JVM and is killed (SIGKILL)
 * while it holds batches. JobRunr sees B stop heartbeating and hands its batches to node A, which
 * writes them again; the run still ends, every record synced once, one card per SKU, counted once.
 */
class NodeLossIntegrationTests {

    private static final KatanaCatalogue CATALOGUE = KatanaCatalogue.generateWithVariantCount(1000, 23);
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults(), CATALOGUE);
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults().withLatency(Duration.ofMillis(25)));
    private static final String DATABASE = EmbeddedServers.newPostgresDatabase("node_loss", false);
    private static final JdbcTemplate JDBC = new JdbcTemplate(EmbeddedServers.dataSource(DATABASE));

    private static ServiceProcess nodeB;
    private static ServiceNode nodeA;

    @BeforeAll
    static void startTwoNodes() {
        ClusterSettings settings = new ClusterSettings(DATABASE, "node-loss:", KATANA, LUCA);
        nodeB = ServiceProcess.start(settings.forNode("node-b"), Path.of("target", "node-loss-node-b.log"));
        await().atMost(Duration.ofMinutes(2)).until(() -> !nodeB.isAlive() || jobServers() >= 1);
        assertThat(nodeB.isAlive()).as("node B started; see target/node-loss-node-b.log").isTrue();
        nodeA = ServiceNode.start(settings.forNode("node-a"));
    }

    @AfterAll
    static void stopEverything() {
        nodeB.close();
        nodeA.close();
        KATANA.close();
        LUCA.close();
    }

    @Test
    void shouldFinishTheRunOnTheOtherNodeWhenANodeDiesHoldingBatches() throws Exception {
        int variants = CATALOGUE.variantCount();
        SyncRun started = nodeA.bean(SyncLauncher.class).start(SyncType.PRODUCT, null, false, "node-loss test");

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> batchesDoneBy(started.id(), "node-b") >= 1 && batchesInProgressOn(started.id(), "node-b") >= 1);
        nodeB.killHard();
        SyncRun run = awaitEnd(started.id());

        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(run.counters().processed()).isEqualTo(variants);
        assertThat(run.counters().created() + run.counters().updated()).isEqualTo(variants);
        assertThat(batchesTakenAgainBy(run.id(), "node-a")).isPositive();
        assertThat(batchesDoneBy(run.id(), "node-b")).isPositive();
        assertEveryRecordSyncedOnce(run.id(), variants);
        assertThat(LUCA.loginCount()).isEqualTo(1);
    }

    private static void assertEveryRecordSyncedOnce(long runId, int variants) {
        List<RecordResult> results = nodeA.bean(JdbcRecordResultRepository.class).find(runId, null, 0, 10_000);
        assertThat(results).hasSize(variants)
                .allSatisfy(result -> assertThat(result.outcome()).isIn(RecordOutcome.CREATED, RecordOutcome.UPDATED));
        List<StoredStockCard> cards = LUCA.stockCards();
        assertThat(cards).hasSize(variants);
        assertThat(cards.stream().map(StoredStockCard::kartKodu).distinct()).hasSize(variants);
        assertThat(results.stream().map(RecordResult::lucaId).distinct()).hasSize(variants);
    }

    private static SyncRun awaitEnd(long runId) {
        JdbcSyncRunRepository runs = nodeA.bean(JdbcSyncRunRepository.class);
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> runs.findById(runId).orElseThrow(), run -> !run.status().isActive());
    }

    private static int jobServers() {
        try {
            return JDBC.queryForObject("SELECT COUNT(*) FROM jobrunr_backgroundjobservers", Integer.class);
        } catch (org.springframework.dao.DataAccessException notCreatedYet) {
            return 0;
        }
    }

    private static int batchesDoneBy(long runId, String node) {
        return JDBC.queryForObject("SELECT COUNT(*) FROM sync_batch WHERE run_id = ? AND node = ? AND done_at IS NOT NULL",
                Integer.class, runId, node);
    }

    private static int batchesInProgressOn(long runId, String node) {
        return JDBC.queryForObject("SELECT COUNT(*) FROM sync_batch WHERE run_id = ? AND node = ? AND done_at IS NULL AND attempts > 0",
                Integer.class, runId, node);
    }

    private static int batchesTakenAgainBy(long runId, String node) {
        return JDBC.queryForObject("SELECT COUNT(*) FROM sync_batch WHERE run_id = ? AND node = ? AND attempts > 1",
                Integer.class, runId, node);
    }
}
