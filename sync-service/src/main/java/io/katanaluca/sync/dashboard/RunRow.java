package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One operation-log row, as much of it as the figures need; a dry run's counts are what it planned. */
record RunRow(SyncType syncType, RunStatus status, Instant createdAt, Instant startTime, Instant endTime, int processed,
        int succeeded, int failed, boolean dryRun) {

    boolean isFinished() {
        return !status.isActive();
    }

    /** Successful as a job: it finished, possibly with some failed records (the seed's "Success" with FailedRecords). */
    boolean isSuccessfulJob() {
        return status == RunStatus.SUCCESS || status == RunStatus.PARTIAL;
    }

    /** How long a finished run took from its start to its end; empty for a run that never started or has not ended. */
    Optional<Duration> duration() {
        return isFinished() && startTime != null && endTime != null ? Optional.of(Duration.between(startTime, endTime)) : Optional.empty();
    }
}
