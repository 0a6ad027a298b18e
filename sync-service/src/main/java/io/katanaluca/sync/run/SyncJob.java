package io.katanaluca.sync.run;

import java.time.Clock;
import java.util.Map;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The JobRunr entry point of a run: a plain, non-proxied bean taking only the run id, so a job
 * survives restarts and re-delivery. A re-delivered job (a node died mid-run) plans again from
 * scratch; the mapping table and Luca's duplicate-code answer make the repeated writes harmless.
 */
@Component
public class SyncJob {

    private static final Logger log = LoggerFactory.getLogger(SyncJob.class);

    private final JdbcSyncRunRepository runs;
    private final JdbcRecordResultRepository results;
    private final ProductSyncRunner productRunner;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SyncJob(JdbcSyncRunRepository runs, JdbcRecordResultRepository results, ProductSyncRunner productRunner, Clock clock,
            ApplicationEventPublisher events) {
        this.runs = runs;
        this.results = results;
        this.productRunner = productRunner;
        this.clock = clock;
        this.events = events;
    }

    @Job(name = "Sync run %0", retries = 0)
    public void run(long runId) throws InterruptedException {
        SyncRun run = runs.findById(runId).orElseThrow(() -> new SyncRunException("No sync run " + runId));
        Map<String, String> logContext = RunLogContext.enter(run);
        try {
            if (run.status().isActive()) {
                execute(run);
            } else {
                log.info("Run {} already ended as {}; nothing to do", runId, run.status());
            }
        } finally {
            RunLogContext.restore(logContext);
        }
    }

    private void execute(SyncRun run) throws InterruptedException {
        runs.markRunning(run.id(), clock.instant());
        results.deleteForRun(run.id());
        log.info("Run {} started (limit {}, dry run {})", run.id(), run.limit(), run.dryRun());
        try {
            SyncRun.Counters counters = productRunner.run(run);
            RunStatus status = RunStatus.ofFinishedRun(counters.succeeded(), counters.failed());
            runs.finish(run.id(), status, clock.instant(), summary(counters));
            log.info("Run {} ended {}: {}", run.id(), status, counters);
        } catch (InterruptedException e) {
            runs.finish(run.id(), RunStatus.FAILED, clock.instant(), "The run was interrupted (the service is stopping)");
            throw e;
        } catch (RuntimeException e) {
            log.error("Run {} failed", run.id(), e);
            runs.finish(run.id(), RunStatus.FAILED, clock.instant(), "Run failed: " + userMessage(e));
            throw e;
        } finally {
            runs.findById(run.id()).ifPresent(ended -> events.publishEvent(new SyncRunEnded(ended)));
        }
    }

    private static String summary(SyncRun.Counters counters) {
        return counters.failed() == 0 ? null : counters.failed() + " of " + counters.total() + " records failed; see the per-record results";
    }

    private static String userMessage(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
