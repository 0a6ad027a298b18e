package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncType;
import java.time.Duration;
import java.time.Instant;

/** Builds operation-log rows for the figures' tests: {@code aRun().ended(PARTIAL).withRecords(100, 4).took(10s).dryRun()}. */
final class RunRows {

    static final Instant START = Instant.parse("2025-12-07T10:00:00Z");

    private RunStatus status = RunStatus.SUCCESS;
    private int processed;
    private int failed;
    private Duration took = Duration.ofSeconds(10);
    private boolean dryRun;

    private RunRows() {
    }

    static RunRows aRun() {
        return new RunRows();
    }

    RunRows ended(RunStatus endedAs) {
        this.status = endedAs;
        return this;
    }

    RunRows withRecords(int processedRecords, int failedRecords) {
        this.processed = processedRecords;
        this.failed = failedRecords;
        return this;
    }

    RunRows took(Duration duration) {
        this.took = duration;
        return this;
    }

    /** A dry run: its row's counts are what it planned ({@code processed - failed} planned as writes). */
    RunRows dryRun() {
        this.dryRun = true;
        return this;
    }

    RunRow build() {
        Instant end = status.isActive() ? null : START.plus(took);
        return new RunRow(SyncType.PRODUCT, status, START.minusSeconds(1), status == RunStatus.QUEUED ? null : START, end, processed,
                processed - failed, failed, dryRun);
    }
}
