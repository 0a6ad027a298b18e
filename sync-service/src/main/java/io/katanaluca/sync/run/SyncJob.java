package io.katanaluca.sync.run;

import java.time.Clock;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * The JobRunr entry point of a run: a plain, non-proxied bean taking only the run id, so a job
 * survives restarts and re-delivery. It plans the run and hands the writes out as batch jobs; the
 * run ends with its last batch ({@link RunCompletion}), or here when there is nothing to write.
 * A re-delivered job (its node died) plans again from scratch if it had not handed its batches out
 * yet, and otherwise only hands out again what is not done.
 */
@Component
public class SyncJob {

    private static final Logger log = LoggerFactory.getLogger(SyncJob.class);

    private final JdbcSyncRunRepository runs;
    private final JdbcRecordResultRepository results;
    private final ProductSyncRunner productRunner;
    private final JdbcSyncBatchRepository batches;
    private final BatchFanOut fanOut;
    private final RunCompletion completion;
    private final Clock clock;

    SyncJob(JdbcSyncRunRepository runs, JdbcRecordResultRepository results, ProductSyncRunner productRunner,
            JdbcSyncBatchRepository batches, BatchFanOut fanOut, RunCompletion completion, Clock clock) {
        this.runs = runs;
        this.results = results;
        this.productRunner = productRunner;
        this.batches = batches;
        this.fanOut = fanOut;
        this.completion = completion;
        this.clock = clock;
    }

    /** Retried only so that a run whose node died is taken up by another node; a run that failed stays failed. */
    @Job(name = "Sync run %0", retries = 3)
    public void run(long runId) throws InterruptedException {
        SyncRun run = runs.findById(runId).orElseThrow(() -> new SyncRunException("No sync run " + runId));
        if (!run.status().isActive()) {
            log.info("Run {} already ended as {}; nothing to do", runId, run.status());
            return;
        }
        if (batches.isStaged(runId)) {
            log.info("Run {} had handed its batches out already; handing out again what is not done", runId);
            fanOut.enqueue(runId);
            completion.finishIfDone(runId);
            return;
        }
        MDC.put("jobId", run.jobId().toString());
        MDC.put("syncType", run.syncType().name());
        try {
            execute(run);
        } finally {
            MDC.remove("jobId");
            MDC.remove("syncType");
        }
    }

    private void execute(SyncRun run) throws InterruptedException {
        runs.markRunning(run.id(), clock.instant());
        results.deleteForRun(run.id());
        log.info("Run {} started (limit {}, dry run {})", run.id(), run.limit(), run.dryRun());
        try {
            SyncRun.Counters planned = productRunner.run(run);
            log.info("Run {} planned: {}", run.id(), planned);
            completion.finishIfDone(run.id());
        } catch (InterruptedException e) {
            runs.finish(run.id(), RunStatus.FAILED, clock.instant(), "The run was interrupted (the service is stopping)");
            throw e;
        } catch (RuntimeException e) {
            log.error("Run {} failed", run.id(), e);
            runs.finish(run.id(), RunStatus.FAILED, clock.instant(), "Run failed: " + userMessage(e));
            throw e;
        }
    }

    private static String userMessage(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
