package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The service as a process of its own on its default H2 file database, killed with SIGKILL twice
 * during one SALES_INVOICE run of 300 delivered orders, once early and once late in the writing,
 * and started again each time: the restart takes the run up again (crash recovery re-delivers its
 * jobs), and the invoices a killed batch had created without storing its outcomes are found by
 * their {@code belgeTakipNo} and adopted, not sent again. Afterwards Luca holds exactly one invoice
 * per delivered order, with Katana's total, each create was sent once, and the next run writes
 * nothing. The kill moments are random within their phase; the seed is logged, and
 * {@code -Dcrash.seed=…} repeats them.
 */
class SalesInvoiceCrashSafetyIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(SalesInvoiceCrashSafetyIntegrationTests.class);
    private static final long SEED = Long.getLong("crash.seed", System.nanoTime());
    private static final String CREATE = "EkleFtrWsFaturaBaslik.do";
    private static final String SALES_INVOICE = "{\"syncType\":\"SALES_INVOICE\"}";
    private static final int DELIVERED = 300;
    private static final KatanaCatalogue CATALOGUE = DeliveredOrders.catalogue(60, DELIVERED, 31);
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults()
            .withRateLimit(100_000, Duration.ofMinutes(1)), CATALOGUE);
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults().withLatency(Duration.ofMillis(25)));

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
    void shouldInvoiceEveryDeliveredOrderExactlyOnceAlthoughTheServiceIsKilledTwiceWhileWriting() throws Exception {
        log.info("Invoice crash test seed {} (repeat these kill moments with -Dcrash.seed={})", SEED, SEED);
        startService();
        assertThat(api.runToEnd("{\"syncType\":\"PRODUCT\"}").path("status").asString()).isEqualTo("SUCCESS");
        assertThat(api.runToEnd("{\"syncType\":\"CUSTOMER\"}").path("status").asString()).isEqualTo("SUCCESS");
        String jobId = api.start("/api/sync/start", SALES_INVOICE);

        killWhileWriting(0.10, 0.40);
        startService();
        killWhileWriting(0.55, 0.85);
        startService();
        JsonNode run = awaitEnd(jobId);

        List<JsonNode> adopted = api.items(jobId, "outcome=UNCHANGED");
        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCESS");
        assertThat(run.path("counters").path("processed").asInt()).isEqualTo(DELIVERED);
        assertThat(run.path("counters").path("created").asInt() + adopted.size()).isEqualTo(DELIVERED);
        assertThat(adopted).as("invoices created by a batch killed before it stored its outcomes, adopted on the repeat").isNotEmpty()
                .allSatisfy(item -> assertThat(item.path("warnings").toString()).contains("Luca already held invoice", "adopted, not sent again"));
        assertThat(run.path("errorMessage").asString()).contains("stopped 2 times", "resumed");
        DeliveredOrders.assertExactlyOneInvoiceEach(CATALOGUE, LUCA);
        assertThat(LUCA.callCount(CREATE)).as("creates sent: each order's once").isEqualTo(DELIVERED);
        log.info("Invoice crash run: {} orders, {} invoices created, {} adopted after the kills, {} creates sent", DELIVERED,
                run.path("counters").path("created").asInt(), adopted.size(), LUCA.callCount(CREATE));

        JsonNode next = api.runToEnd(SALES_INVOICE);

        assertThat(next.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(next.path("counters").path("unchanged").asInt()).isEqualTo(DELIVERED);
        assertThat(LUCA.callCount(CREATE)).isEqualTo(DELIVERED);
    }

    private void startService() {
        Path output = Path.of("target", "invoice-crash-safety-start-" + (++starts) + ".log");
        Map<String, String> settings = SingleNodeService.settings(KATANA, LUCA, 100);
        settings.put("sync.invoices.series", "EFA");
        settings.put("sync.invoices.since", "2020-01-01");
        settings.put("sync.invoices.shipping-card-code", "KARGO");
        service = SingleNodeService.start(settings, workingDirectory, output);
        api = service.api();
        log.info("Service started ({} of 3)", starts);
    }

    /** Kills the service once Luca holds a random share (between {@code from} and {@code to}) of the invoices. */
    private void killWhileWriting(double from, double to) throws InterruptedException {
        int killAt = (int) (DELIVERED * (from + random.nextDouble() * (to - from)));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> LUCA.invoiceCount() >= killAt);
        service.killHard();
        log.info("Killed while writing, with {} of {} invoices in Luca", LUCA.invoiceCount(), DELIVERED);
        assertThat(LUCA.invoiceCount()).as("killed before the last invoice was written").isLessThan(DELIVERED);
    }

    private JsonNode awaitEnd(String jobId) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.getJson("/api/sync/job/" + jobId), job -> !List.of("QUEUED", "RUNNING").contains(job.path("status").asString()));
    }
}
