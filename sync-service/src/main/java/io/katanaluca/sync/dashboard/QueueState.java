package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.run.RunStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A run's state in the job queue's words (the seed's job list: enqueued, processing, succeeded,
 * failed, scheduled), derived from its operation-log status so a list can be filtered and paged in
 * SQL. A run that ended PARTIAL succeeded as a job. Sync runs are always enqueued at once, never
 * scheduled, so filtering on SCHEDULED finds none; the job's own JobRunr state is in its details.
 */
enum QueueState {
    ENQUEUED(RunStatus.QUEUED),
    PROCESSING(RunStatus.RUNNING),
    SUCCEEDED(RunStatus.SUCCESS, RunStatus.PARTIAL),
    FAILED(RunStatus.FAILED),
    SCHEDULED;

    private final Set<RunStatus> statuses;

    QueueState(RunStatus... statuses) {
        this.statuses = statuses.length == 0 ? EnumSet.noneOf(RunStatus.class) : EnumSet.copyOf(Arrays.asList(statuses));
    }

    Set<RunStatus> statuses() {
        return statuses;
    }

    static QueueState of(RunStatus status) {
        return Arrays.stream(values()).filter(state -> state.statuses.contains(status)).findFirst().orElseThrow();
    }
}
