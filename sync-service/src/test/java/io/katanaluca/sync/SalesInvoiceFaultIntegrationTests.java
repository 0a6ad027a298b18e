package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Sales invoices through the HTTP API while Luca misbehaves: after fault-free product and customer
 * syncs, 500 delivered orders (TRY, EUR and USD; 20, 10, 1 and 0 % VAT; discounts; one to four
 * rows; shipping fees; Turkish names) are invoiced while Luca answers 10% of all calls HTTP 500,
 * loses the reply of 3% of the invoice creates it ran, ends every session every 10 s and answers
 * 5-25 ms late. A create that met a 500 or lost its reply is never sent again blindly: the writer
 * looks the invoice up and adopts what Luca stored; one Luca does not hold (the 500s) fails the
 * order in that run, so retry-failed runs follow until none fails. Then Luca holds exactly one
 * invoice per delivered order, each with Katana's total, none for the other statuses; every lost
 * reply was adopted; and a further run, still under the faults, sends no create.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:invoice-faults-e2e;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=" + ServiceApi.PASSWORD,
        "jobrunr.dashboard.enabled=false",
        "jobrunr.background-job-server.worker-count=8",
        "sync.parallelism=6",
        "sync.retry.luca.initial-backoff=10ms",
        "sync.retry.katana.initial-backoff=10ms",
        "sync.retry.luca.circuit-open-duration=2s",
        "katana.page-size=100",
        "katana.rate-limit-requests=6000",
        "sync.invoices.series=EFA",
        "sync.invoices.since=2020-01-01",
        "sync.invoices.shipping-card-code=KARGO"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SalesInvoiceFaultIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(SalesInvoiceFaultIntegrationTests.class);
    private static final String CREATE = "EkleFtrWsFaturaBaslik.do";
    private static final String SALES_INVOICE = "{\"syncType\":\"SALES_INVOICE\"}";
    private static final int DELIVERED = 500;
    private static final int MAX_RETRY_RUNS = 6;
    private static final KatanaCatalogue CATALOGUE = DeliveredOrders.catalogue(100, DELIVERED, 29);
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults()
            .withRateLimit(6000, Duration.ofMinutes(1)), CATALOGUE);
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults().withLatency(Duration.ofMillis(5)));

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        ServiceApi.useSimulators(registry, KATANA, LUCA);
    }

    @AfterAll
    static void stopSimulators() {
        KATANA.close();
        LUCA.close();
    }

    @Test
    void shouldInvoiceEveryDeliveredOrderExactlyOnceThroughLucaFaultsThenSendNoCreate() {
        SyncApi api = new SyncApi(port, "admin", ServiceApi.PASSWORD);
        assertThat(api.runToEnd("{\"syncType\":\"PRODUCT\"}").path("status").asString()).isEqualTo("SUCCESS");
        assertThat(api.runToEnd("{\"syncType\":\"CUSTOMER\"}").path("status").asString()).isEqualTo("SUCCESS");
        assertThat(DeliveredOrders.in(CATALOGUE, "DELIVERED")).hasSize(DELIVERED);
        assertThat(CATALOGUE.salesOrders().stream().map(order -> order.path("currency").asString()).collect(Collectors.toSet()))
                .contains("TRY", "EUR", "USD");
        long expiriesBefore = LUCA.sessionExpiryCount();
        LUCA.faults().setFailureRate5xx(0.10).setLostReplyRate(0.03).setLostReplyActions(Set.of(CREATE))
                .setSessionExpiryInterval(Duration.ofSeconds(10)).setLatencyJitter(Duration.ofMillis(20));
        long started = System.nanoTime();

        List<JsonNode> runs = runThenRetryFailedUntilNoneFails(api);

        long tookMs = (System.nanoTime() - started) / 1_000_000;
        JsonNode last = runs.get(runs.size() - 1);
        List<JsonNode> items = runs.stream().flatMap(run -> api.items(run.path("jobId").asString(), "").stream()).toList();
        long adopted = items.stream().filter(item -> item.path("outcome").asString().equals("CREATED"))
                .filter(item -> item.path("warnings").toString().contains("answer was lost")).count();
        assertThat(last.path("status").asString()).as(last.toString()).isEqualTo("SUCCESS");
        assertThat(runs.get(0).path("counters").path("total").asInt()).isEqualTo(DELIVERED);
        assertThat(runs.stream().mapToInt(run -> run.path("counters").path("created").asInt()).sum()).isEqualTo(DELIVERED);
        assertThat(items).filteredOn(item -> item.path("outcome").asString().equals("FAILED")).as("failed only for a create without answer")
                .allSatisfy(item -> assertThat(item.path("reason").asString()).contains("answer was lost", "not sent again"));
        DeliveredOrders.assertExactlyOneInvoiceEach(CATALOGUE, LUCA);
        assertThat(LUCA.lostReplyCount()).as("lost replies").isPositive();
        assertThat(adopted).as("lost replies adopted").isEqualTo(LUCA.lostReplyCount());
        assertThat(LUCA.serverErrorCount()).isPositive();
        assertThat(LUCA.sessionExpiryCount() - expiriesBefore).as("the runs outlasted a session").isPositive();
        log.info("Invoice fault run: {} delivered orders invoiced once each in {} ms over {} runs ({} retry-failed); faults injected: "
                + "{} HTTP 500s, {} lost create replies, {} session expiries; {} lost replies adopted; {} creates sent", DELIVERED, tookMs,
                runs.size(), runs.size() - 1, LUCA.serverErrorCount(), LUCA.lostReplyCount(), LUCA.sessionExpiryCount() - expiriesBefore,
                adopted, LUCA.callCount(CREATE));

        long createsBefore = LUCA.callCount(CREATE);
        JsonNode next = api.runToEnd(SALES_INVOICE);
        LUCA.faults().restoreDefaults();

        assertThat(next.path("status").asString()).as(next.toString()).isEqualTo("SUCCESS");
        assertThat(next.path("counters").path("unchanged").asInt()).isEqualTo(DELIVERED);
        assertThat(LUCA.callCount(CREATE)).as("creates sent by the next run").isEqualTo(createsBefore);
        DeliveredOrders.assertExactlyOneInvoiceEach(CATALOGUE, LUCA);
    }

    /** A run, then a retry-failed run of the last one while it left orders FAILED, up to {@link #MAX_RETRY_RUNS} of them. */
    private static List<JsonNode> runThenRetryFailedUntilNoneFails(SyncApi api) {
        List<JsonNode> runs = new ArrayList<>(List.of(api.runToEnd(SALES_INVOICE)));
        while (runs.get(runs.size() - 1).path("counters").path("failed").asInt() > 0 && runs.size() <= MAX_RETRY_RUNS) {
            String previous = runs.get(runs.size() - 1).path("jobId").asString();
            runs.add(api.awaitEnd(api.start("/api/sync/job/" + previous + "/retry-failed", "")));
        }
        runs.forEach(run -> log.info("Invoice run {}: {}, counters {}", run.path("jobId").asString(), run.path("status").asString(),
                run.path("counters")));
        return runs;
    }
}
