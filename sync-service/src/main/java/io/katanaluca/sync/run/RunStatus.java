package io.katanaluca.sync.run;

/**
 * The one status vocabulary of a run, in one casing, everywhere (table, API, logs).
 * PARTIAL: the run finished and some records failed; FAILED: the run itself could not finish.
 */
public enum RunStatus {
    QUEUED, RUNNING, SUCCESS, PARTIAL, FAILED;

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }

    static RunStatus ofFinishedRun(long succeeded, long failed) {
        if (failed == 0) {
            return SUCCESS;
        }
        return succeeded > 0 ? PARTIAL : FAILED;
    }
}
