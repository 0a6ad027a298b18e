package io.katanaluca.sync.run;

import java.util.List;

/**
 * The one status vocabulary of a run, in one casing, everywhere (table, API, logs).
 * PARTIAL: the run finished and some records failed; FAILED: the run itself could not finish.
 */
public enum RunStatus {
    QUEUED, RUNNING, SUCCESS, PARTIAL, FAILED;

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }

    /**
     * The status of a job from its runs' statuses: QUEUED until one starts, RUNNING until all
     * ended, then SUCCESS or FAILED if all runs agree, else PARTIAL.
     */
    public static RunStatus ofJob(List<RunStatus> runs) {
        if (runs.stream().allMatch(status -> status == QUEUED)) {
            return QUEUED;
        }
        if (runs.stream().anyMatch(RunStatus::isActive)) {
            return RUNNING;
        }
        if (runs.stream().allMatch(status -> status == SUCCESS)) {
            return SUCCESS;
        }
        return runs.stream().allMatch(status -> status == FAILED) ? FAILED : PARTIAL;
    }

    static RunStatus ofFinishedRun(long succeeded, long failed) {
        if (failed == 0) {
            return SUCCESS;
        }
        return succeeded > 0 ? PARTIAL : FAILED;
    }
}
