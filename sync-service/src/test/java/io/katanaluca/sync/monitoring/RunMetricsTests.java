package io.katanaluca.sync.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncRunEnded;
import io.katanaluca.sync.run.SyncType;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RunMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RunMetrics metrics = new RunMetrics(registry);

    @Test
    void shouldCountTheRecordsOfAnEndedRunByOutcomeAsTheOperationLogHasThem() {
        metrics.onRunEnded(new SyncRunEnded(run(new SyncRun.Counters(20, 20, 16, 4, 10, 5, 1), false)));
        metrics.onRunEnded(new SyncRunEnded(run(new SyncRun.Counters(20, 20, 20, 0, 0, 0, 20), false)));

        assertThat(records("CREATED")).isEqualTo(10);
        assertThat(records("UPDATED")).isEqualTo(5);
        assertThat(records("UNCHANGED")).isEqualTo(21);
        assertThat(records("FAILED")).isEqualTo(4);
    }

    @Test
    void shouldTimeTheRunFromStartToEndByTypeAndStatus() {
        metrics.onRunEnded(new SyncRunEnded(run(new SyncRun.Counters(20, 20, 16, 4, 10, 5, 1), true)));

        var timer = registry.get("sync.run.duration").tags("type", "PRODUCT", "status", "PARTIAL", "dry_run", "true").timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.SECONDS)).isEqualTo(90);
    }

    private double records(String outcome) {
        return registry.get("sync.records").tags("type", "PRODUCT", "outcome", outcome, "dry_run", "false").counter().count();
    }

    private static SyncRun run(SyncRun.Counters counters, boolean dryRun) {
        Instant start = Instant.parse("2025-12-07T10:00:00Z");
        return new SyncRun(1, UUID.randomUUID(), SyncType.PRODUCT, RunStatus.PARTIAL, dryRun, null, "admin", start, start, start.plusSeconds(90),
                counters, null);
    }
}
