package io.katanaluca.sync.monitoring;

import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncRunEnded;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts what each ended run did, from its final operation-log row: {@code sync.records} by sync
 * type, outcome (CREATED, UPDATED, UNCHANGED, FAILED) and dry run, and {@code sync.run.duration}
 * by type, status and dry run. A dry run's records were only planned: filter on {@code dry_run}.
 */
@Component
class RunMetrics {

    private final MeterRegistry registry;

    RunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void onRunEnded(SyncRunEnded ended) {
        SyncRun run = ended.run();
        SyncRun.Counters counters = run.counters();
        Map.of("CREATED", counters.created(), "UPDATED", counters.updated(), "UNCHANGED", counters.unchanged(), "FAILED", counters.failed())
                .forEach((outcome, count) -> records(run, outcome).increment(count));
        if (run.startTime() != null && run.endTime() != null) {
            Timer.builder("sync.run.duration").description("How long sync runs took, start to end")
                    .tag("type", run.syncType().name()).tag("status", run.status().name()).tag("dry_run", Boolean.toString(run.dryRun()))
                    .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(100)).maximumExpectedValue(Duration.ofHours(2))
                    .register(registry).record(Duration.between(run.startTime(), run.endTime()));
        }
    }

    private Counter records(SyncRun run, String outcome) {
        return Counter.builder("sync.records").description("Records handled by sync runs, by outcome")
                .tag("type", run.syncType().name()).tag("outcome", outcome).tag("dry_run", Boolean.toString(run.dryRun()))
                .register(registry);
    }
}
