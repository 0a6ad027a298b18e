package io.katanaluca.sync.run;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of the operation log: one sync run, its parameters, progress and outcome. A retry of a job
 * is a new attempt (1, 2, ...): new rows under the same job id, the earlier attempts' rows kept.
 */
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
        String errorMessage,
        int attempt) {

    /** A run of a job's first attempt. */
    public SyncRun(long id, UUID jobId, SyncType syncType, RunStatus status, boolean dryRun, Integer limit, String triggeredBy,
            Instant createdAt, Instant startTime, Instant endTime, Counters counters, String errorMessage) {
        this(id, jobId, syncType, status, dryRun, limit, triggeredBy, createdAt, startTime, endTime, counters, errorMessage, 1);
    }

    /**
     * What the run did to Luca's records. A dry run wrote nothing, so none of its records
     * succeeded, was created, updated or left unchanged by it: it keeps {@code total},
     * {@code processed} (records planned) and {@code failed} (records that cannot be written), and
     * what it would do is its plan (the per-record {@code action}s). The operation-log row keeps
     * the plan's counts in its columns, where the run's status is decided.
     */
    public Counters outcomeCounters() {
        return dryRun ? new Counters(counters.total(), counters.processed(), 0, counters.failed(), 0, 0, 0) : counters;
    }

    /**
     * Record counts; {@code succeeded = created + updated + unchanged} plus the cards deleted
     * (outcome DELETED), and {@code processed = succeeded + failed} plus the records reported as
     * changed but not updatable (NOT_UPDATED) or removed in Katana but kept in Luca (NOT_DELETED).
     */
    public record Counters(int total, int processed, int succeeded, int failed, int created, int updated, int unchanged) {

        public static final Counters ZERO = new Counters(0, 0, 0, 0, 0, 0, 0);

        public Counters plus(Counters other) {
            return new Counters(total + other.total, processed + other.processed, succeeded + other.succeeded, failed + other.failed,
                    created + other.created, updated + other.updated, unchanged + other.unchanged);
        }
    }
}
