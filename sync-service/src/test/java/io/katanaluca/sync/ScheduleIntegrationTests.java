package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sync.run.RunScope.RunMode;
import io.katanaluca.sync.run.SyncType;
import io.katanaluca.sync.schedule.ScheduledSync;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A schedule with a short cron fires, shows in the API and in JobRunr, and never starts a second run of a busy type. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:schedule-e2e;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=" + ServiceApi.PASSWORD,
        "jobrunr.dashboard.enabled=false",
        "sync.schedules.every-ten-seconds.type=PRODUCT",
        "sync.schedules.every-ten-seconds.mode=FULL",
        "sync.schedules.every-ten-seconds.cron=*/10 * * * * *",
        "sync.schedules.every-ten-seconds.zone=UTC"})
class ScheduleIntegrationTests {

    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults(), KatanaCatalogue.generate(20, 3));
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults());

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private StorageProvider jobRunr;
    @Autowired
    private ScheduledSync scheduledSync;

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
    void shouldFireTheScheduleAndShowItWithItsNextRun() throws Exception {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> scheduledRuns("SUCCESS") > 0);

        JsonNode schedules = new ServiceApi(port).getJson("/api/sync/schedules");
        assertThat(schedules.findValuesAsString("name")).contains("every-ten-seconds", "products-incremental");
        JsonNode mine = find(schedules, "every-ten-seconds");
        assertThat(mine.path("enabled").asBoolean()).isTrue();
        assertThat(mine.path("nextRun").isNull()).isFalse();
        assertThat(find(schedules, "products-incremental").path("nextRun").isNull()).as("switched off in tests").isTrue();
        assertThat(jobRunr.getRecurringJobs()).anySatisfy(job -> assertThat(job.getId()).isEqualTo("sync-every-ten-seconds"));
        assertThat(jobRunr.getRecurringJobs()).noneSatisfy(job -> assertThat(job.getId()).isEqualTo("sync-products-incremental"));
        assertThat(LUCA.stockCardCount()).isEqualTo(KATANA.catalogue().variantCount());
    }

    @Test
    void shouldSkipAFiringWhileTheTypeIsStillRunning() throws Exception {
        LUCA.faults().setLatency(Duration.ofMillis(300)); // keeps the busy run busy for seconds
        int runsBefore = allRuns();
        HttpResponse<String> started = new ServiceApi(port).post("/api/sync/start", "{\"syncType\":\"PRODUCT\",\"dryRun\":true}");
        if (started.statusCode() == 409) {
            runsBefore = allRuns(); // a scheduled run is going: it is the busy run this test needs
        } else {
            assertThat(started.statusCode()).isEqualTo(202);
            runsBefore++;
        }

        scheduledSync.run(SyncType.PRODUCT, RunMode.FULL);

        assertThat(allRuns()).isEqualTo(runsBefore);
        LUCA.faults().setLatency(Duration.ZERO);
    }

    private int scheduledRuns(String status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sync_operation_log WHERE triggered_by = 'schedule' AND status = ?", Integer.class, status);
    }

    private int allRuns() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sync_operation_log", Integer.class);
    }

    private static JsonNode find(JsonNode schedules, String name) {
        for (JsonNode schedule : schedules) {
            if (schedule.path("name").asString().equals(name)) {
                return schedule;
            }
        }
        throw new AssertionError("no schedule " + name + " in " + schedules);
    }

}
