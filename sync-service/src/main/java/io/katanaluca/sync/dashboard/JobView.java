package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.run.SyncRun;
import java.time.Duration;
import java.time.Instant;

/** A run in the dashboard's job list: its queue state, operation-log status and counters, and which attempt of its job it is. */
record JobView(
        String jobId,
        String syncType,
        QueueState state,
        String status,
        boolean dryRun,
        Integer limit,
        Instant createdAt,
        Instant startedAt,
        Instant endedAt,
        Long durationMs,
        SyncRun.Counters counters,
        String errorMessage,
        String statusUrl,
        int attempt) {

    static JobView of(SyncRun run, Instant now) {
        return new JobView(run.jobId().toString(), run.syncType().name(), QueueState.of(run.status()), run.status().name(), run.dryRun(),
                run.limit(), run.createdAt(), run.startTime(), run.endTime(), durationMs(run, now), run.outcomeCounters(), run.errorMessage(),
                "/api/sync/job/" + run.jobId(), run.attempt());
    }

    /** Start to end; for a running job, start to now. */
    static Long durationMs(SyncRun run, Instant now) {
        if (run.startTime() == null) {
            return null;
        }
        return Duration.between(run.startTime(), run.endTime() == null ? now : run.endTime()).toMillis();
    }
}
