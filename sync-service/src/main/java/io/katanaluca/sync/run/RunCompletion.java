package io.katanaluca.sync.run;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ends a run once its last batch is done, whichever node finished that batch: the run's status
 * follows from its counters, and only one caller gets to end it.
 */
@Component
class RunCompletion {

    private static final Logger log = LoggerFactory.getLogger(RunCompletion.class);

    private final JdbcSyncBatchRepository batches;
    private final JdbcSyncRunRepository runs;
    private final Clock clock;

    RunCompletion(JdbcSyncBatchRepository batches, JdbcSyncRunRepository runs, Clock clock) {
        this.batches = batches;
        this.runs = runs;
        this.clock = clock;
    }

    void finishIfDone(long runId) {
        if (!batches.isEveryBatchDone(runId)) {
            return;
        }
        SyncRun.Counters counters = runs.findById(runId).orElseThrow().counters();
        RunStatus status = RunStatus.ofFinishedRun(counters.succeeded(), counters.failed());
        if (batches.finishRun(runId, status, clock.instant(), summary(counters))) {
            log.info("Run {} ended {}: {}", runId, status, counters);
        }
    }

    private static String summary(SyncRun.Counters counters) {
        return counters.failed() == 0 ? null : counters.failed() + " of " + counters.total() + " records failed; see the per-record results";
    }
}
