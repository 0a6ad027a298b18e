package io.katanaluca.sync.run;

import io.katanaluca.sync.luca.LucaSessionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one runner of every record type: gets the session, has the type stage its plan and review
 * it, counts what planning finished, and on a real run hands the writes out as batch jobs for the
 * workers of every node ({@link SyncBatchJob}); the last batch ends the run. Unchanged records
 * cost no Luca call.
 */
@Component
class RunPlanning implements SyncRunner {

    private static final Logger log = LoggerFactory.getLogger(RunPlanning.class);

    private final RecordTypes types;
    private final LucaSessionManager session;
    private final ResilientLuca resilient;
    private final JdbcRecordResultRepository results;
    private final JdbcSyncRunRepository runs;
    private final RunQueries queries;
    private final PlannedOutcomes plannedOutcomes;
    private final BatchFanOut batches;
    private final OrderlyStop stop;
    private final PrerequisiteRuns prerequisites;

    RunPlanning(RecordTypes types, LucaSessionManager session, ResilientLuca resilient, JdbcRecordResultRepository results,
            JdbcSyncRunRepository runs, RunQueries queries, PlannedOutcomes plannedOutcomes, BatchFanOut batches, OrderlyStop stop,
            PrerequisiteRuns prerequisites) {
        this.types = types;
        this.session = session;
        this.resilient = resilient;
        this.results = results;
        this.runs = runs;
        this.queries = queries;
        this.plannedOutcomes = plannedOutcomes;
        this.batches = batches;
        this.stop = stop;
        this.prerequisites = prerequisites;
    }

    @Override
    public boolean supports(SyncType type) {
        return types.find(type).isPresent();
    }

    /** Plans the run and hands its writes out as batch jobs; returns the counters so far (the batches add theirs). */
    @Override
    public SyncRun.Counters run(SyncRun run, RecordSelection selection) throws InterruptedException {
        resilient.call(session::activeSession);
        RunStage stage = new RunStage(run, selection, results, queries, stop, prerequisites);
        RecordType.Review review = types.of(run.syncType()).plan(run, selection, stage);
        review.review();
        log.info("Staged {} records", stage.staged());
        plannedOutcomes.record(run);
        if (!run.dryRun()) {
            review.beforeWriting();
            batches.fanOut(run.id());
        }
        return runs.findById(run.id()).orElseThrow().counters();
    }
}
