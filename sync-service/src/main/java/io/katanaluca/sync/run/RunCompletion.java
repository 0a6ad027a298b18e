package io.katanaluca.sync.run;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Ends a run once its last batch is done, whichever node finished that batch: the run's status
 * follows from its counters, only one caller gets to end it, and that one tells monitoring
 * ({@link SyncRunEnded}).
 */
@Component
class RunCompletion {

    private static final Logger log = LoggerFactory.getLogger(RunCompletion.class);

    private final JdbcSyncBatchRepository batches;
    private final JdbcSyncRunRepository runs;
    private final JdbcRecordResultRepository results;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RunCompletion(JdbcSyncBatchRepository batches, JdbcSyncRunRepository runs, JdbcRecordResultRepository results,
            ApplicationEventPublisher events, Clock clock) {
        this.batches = batches;
        this.runs = runs;
        this.results = results;
        this.events = events;
        this.clock = clock;
    }

    void finishIfDone(long runId) {
        if (!batches.isEveryBatchDone(runId)) {
            return;
        }
        SyncRun.Counters counters = runs.findById(runId).orElseThrow().counters();
        RunStatus status = RunStatus.ofFinishedRun(counters.succeeded(), counters.failed());
        String summary = summary(counters, results.countOutcomes(runId), runs.interruptions(runId));
        if (batches.finishRun(runId, status, clock.instant(), summary)) {
            log.info("Run {} ended {}: {}", runId, status, counters);
            runs.findById(runId).ifPresent(ended -> events.publishEvent(new SyncRunEnded(ended)));
        }
    }

    /**
     * Ends the run FAILED before its last batch, e.g. when Luca cannot be reached; the first caller
     * ends it, later ones (the other batches that met the same outage) change nothing.
     */
    void stop(long runId, String reason) {
        if (batches.finishRun(runId, RunStatus.FAILED, clock.instant(), reason)) {
            log.warn("Run {} stopped: {}", runId, reason);
            runs.findById(runId).ifPresent(ended -> events.publishEvent(new SyncRunEnded(ended)));
        }
    }

    private static String summary(SyncRun.Counters counters, Map<RecordOutcome, Integer> outcomes, int interruptions) {
        List<String> notes = new ArrayList<>();
        if (interruptions > 0) {
            notes.add("The service stopped " + (interruptions == 1 ? "once" : interruptions + " times") + " during this run and"
                    + " resumed it each time it started again; writes cut short were repeated, and what Luca already held was"
                    + " adopted, not duplicated");
        }
        if (counters.failed() > 0) {
            notes.add(counters.failed() + " of " + counters.total() + " records failed; see the per-record results");
        }
        int notUpdated = outcomes.getOrDefault(RecordOutcome.NOT_UPDATED, 0);
        if (notUpdated > 0) {
            notes.add(notUpdated + " records changed in Katana but Luca cannot update them (outcome NOT_UPDATED names the fields)");
        }
        int notDeleted = outcomes.getOrDefault(RecordOutcome.NOT_DELETED, 0);
        if (notDeleted > 0) {
            notes.add(notDeleted + " records were deleted or archived in Katana; their Luca records are kept (outcome NOT_DELETED)");
        }
        int deleted = outcomes.getOrDefault(RecordOutcome.DELETED, 0);
        if (deleted > 0) {
            notes.add(deleted + " Luca cards deleted, as their variants were deleted or archived in Katana");
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }
}
