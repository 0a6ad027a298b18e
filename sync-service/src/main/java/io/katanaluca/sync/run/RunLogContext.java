package io.katanaluca.sync.run;

import java.util.Map;
import org.slf4j.MDC;

/**
 * The log context of a run: every line logged for it carries {@code jobId} and {@code syncType}.
 * Set while a run is enqueued too, because JobRunr stores the context with the job and restores it
 * on the worker, so its own lines about the job (e.g. "processing failed") carry it as well.
 */
final class RunLogContext {

    static final String JOB_ID = "jobId";
    static final String SYNC_TYPE = "syncType";

    private RunLogContext() {
    }

    /** Adds the run's keys and returns the context as it was, for {@link #restore}. */
    static Map<String, String> enter(SyncRun run) {
        Map<String, String> previous = MDC.getCopyOfContextMap();
        MDC.put(JOB_ID, run.jobId().toString());
        MDC.put(SYNC_TYPE, run.syncType().name());
        return previous;
    }

    static void restore(Map<String, String> previous) {
        if (previous == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(previous);
        }
    }
}
