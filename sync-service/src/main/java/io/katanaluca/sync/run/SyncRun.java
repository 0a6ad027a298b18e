package io.katanaluca.sync.run;

import java.time.Instant;
import java.util.UUID;

/** A row of the operation log: one sync run, its parameters, progress and outcome. */
public record SyncRun(
        long id,
        UUID jobId,
        SyncType syncType,
        RunStatus status,
        boolean dryRun,
        Integer limit,
        String triggeredBy,
        Instant createdAt,
        Instant startTime,
        Instant endTime,
        Counters counters,
        String errorMessage) {

    /** Record counts; {@code processed = succeeded + failed} and {@code succeeded = created + updated + unchanged}. */
    public record Counters(int total, int processed, int succeeded, int failed, int created, int updated, int unchanged) {

        public static final Counters ZERO = new Counters(0, 0, 0, 0, 0, 0, 0);
    }
}
