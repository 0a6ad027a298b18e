package io.katanaluca.sync.run;

import java.util.Map;
import java.util.UUID;
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

    /**
     * Adds a job's keys and returns the context as it was, for {@link #restore}. A job of type ALL
     * carries ALL until each of its runs names its own type.
     */
    static Map<String, String> enter(UUID jobId, SyncType type) {
        Map<String, String> previous = MDC.getCopyOfContextMap();
        MDC.put(JOB_ID, jobId.toString());
        MDC.put(SYNC_TYPE, type.name());
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
