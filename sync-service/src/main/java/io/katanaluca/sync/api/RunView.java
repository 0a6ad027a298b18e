package io.katanaluca.sync.api;

import io.katanaluca.sync.run.RecordResult;
import io.katanaluca.sync.run.SyncRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What {@code GET /api/sync/job/{jobId}} shows of a run. */
record RunView(
        String jobId,
        String syncType,
        String status,
        boolean dryRun,
        Integer limit,
        Progress progress,
        SyncRun.Counters counters,
        Instant createdAt,
        Instant startedAt,
        Instant endedAt,
        Long durationMs,
        String errorMessage,
        List<RecordResult> firstErrors,
        String recordsUrl) {

    record Progress(int done, int total, double percent) {
    }

    static RunView of(SyncRun run, List<RecordResult> firstErrors) {
        SyncRun.Counters c = run.counters();
        double percent = c.total() == 0 ? 0 : Math.round(1000.0 * c.processed() / c.total()) / 10.0;
        Long duration = run.startTime() == null ? null
                : Duration.between(run.startTime(), run.endTime() == null ? Instant.now() : run.endTime()).toMillis();
        return new RunView(run.jobId().toString(), run.syncType().name(), run.status().name(), run.dryRun(), run.limit(),
                new Progress(c.processed(), c.total(), percent), c, run.createdAt(), run.startTime(), run.endTime(), duration,
                run.errorMessage(), firstErrors, "/api/sync/job/" + run.jobId() + "/records");
    }
}
