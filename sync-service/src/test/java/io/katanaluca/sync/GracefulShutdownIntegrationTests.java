package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sim.luca.StoredStockCard;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The service as a process of its own on its default H2 file database, stopped with SIGTERM (as an
 * init system, {@code docker stop} or Kubernetes stop it) while a product run plans, while it
 * writes, and the moment it ends. Each stop is orderly: the log holds no ERROR and no stack trace,
 * JobRunr's server says goodbye and stores every job's state while the database is still open, and
 * the run is left to be resumed, not failed: the next start finishes it with one card per SKU, and
 * the run does not count the stops as interruptions (those are for kills and crashes).
 */
class GracefulShutdownIntegrationTests {

    private static final String CREATE = "EkleStkWsSkart.do";
    private static final int PAGE_SIZE = 25;
    private static final KatanaCatalogue CATALOGUE = KatanaCatalogue.generateWithVariantCount(1200, 12);
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults()
            .withRateLimit(100_000, Duration.ofMinutes(1)).withLatency(Duration.ofMillis(200)), CATALOGUE);
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults().withLatency(Duration.ofMillis(20)));
    private static final Set<String> ACTIVE = Set.of("QUEUED", "RUNNING");

    @TempDir
    static Path workingDirectory;

    private SingleNodeService service;
    private int starts;

    @AfterEach
    void killService() throws InterruptedException {
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
    void shouldStopCleanlyWhilePlanningWhileWritingAndAsTheRunEndsAndFinishTheRunOnTheNextStart() throws Exception {
        int variants = CATALOGUE.variantCount();
        startService();
        String jobId = service.api().start("/api/sync/start", "{\"syncType\":\"PRODUCT\"}");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10)).until(() -> productPagesRead() >= 2);
        stopService();
        assertThat(LUCA.callCount(CREATE)).as("stopped while planning").isZero();
        assertLeftToResume(jobId);

        startService();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> LUCA.stockCardCount() >= variants / 4);
        stopService();
        assertThat(LUCA.stockCardCount()).as("stopped while writing").isLessThan(variants);
        assertLeftToResume(jobId);

        startService();
        JsonNode ended = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                .until(() -> service.api().getJson("/api/sync/job/" + jobId), job -> !ACTIVE.contains(job.path("status").asString()));
        stopService();

        assertThat(ended.path("status").asString()).as(ended.toString()).isEqualTo("SUCCESS");
        assertThat(ended.path("counters").path("processed").asInt()).isEqualTo(variants);
        assertThat(ended.path("errorMessage").isNull()).as("no interruption to report: %s", ended.path("errorMessage")).isTrue();
        assertOneCardPerSku();
        Map<String, Object> run = database().queryForMap("SELECT status, interruptions FROM sync_operation_log");
        assertThat(run).containsEntry("STATUS", "SUCCESS").containsEntry("INTERRUPTIONS", 0);
        assertJobServerSignedOff();
    }

    private void startService() {
        Path output = Path.of("target", "graceful-shutdown-start-" + (++starts) + ".log");
        service = SingleNodeService.start(SingleNodeService.settings(KATANA, LUCA, PAGE_SIZE), workingDirectory, output);
    }

    /** SIGTERM, then the log of this life of the service must be free of errors. */
    private void stopService() throws InterruptedException {
        service.stop();
        List<String> lines = service.logLines();
        assertThat(lines).as("the log of start %d", starts).isNotEmpty()
                .noneMatch(line -> line.contains(" ERROR "))
                .noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by:"));
        service = null;
    }

    /** The run is still RUNNING (the next start takes it up), was not counted as interrupted, and no job was left PROCESSING. */
    private void assertLeftToResume(String jobId) {
        Map<String, Object> run = database().queryForMap("SELECT status, interruptions FROM sync_operation_log WHERE job_id = ?",
                jobId);
        assertThat(run).containsEntry("STATUS", "RUNNING").containsEntry("INTERRUPTIONS", 0);
        assertJobServerSignedOff();
    }

    /** JobRunr's server stopped while the database was open: it signed off, and stored the state of every job it ran. */
    private void assertJobServerSignedOff() {
        JdbcTemplate database = database();
        assertThat(database.queryForObject("SELECT COUNT(*) FROM jobrunr_backgroundjobservers", Integer.class)).isZero();
        assertThat(database.queryForObject("SELECT COUNT(*) FROM jobrunr_jobs WHERE state = 'PROCESSING'", Integer.class)).isZero();
    }

    private static void assertOneCardPerSku() {
        List<StoredStockCard> cards = LUCA.stockCards();
        Set<String> codes = cards.stream().map(StoredStockCard::kartKodu).collect(Collectors.toSet());
        Set<String> skus = CATALOGUE.variants().stream().map(variant -> variant.path("sku").asString().trim()).collect(Collectors.toSet());
        assertThat(cards).as("one card per code").hasSameSizeAs(codes);
        assertThat(codes).isEqualTo(skus);
    }

    /** The service's database file, opened after the service has ended (H2 lets one process at a time open it). */
    private static JdbcTemplate database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + workingDirectory.resolve("data/katana-luca-sync").toAbsolutePath());
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return new JdbcTemplate(dataSource);
    }

    private static long productPagesRead() {
        return KATANA.stats().requests("/v1/products");
    }
}
