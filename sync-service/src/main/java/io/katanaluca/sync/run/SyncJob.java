package io.katanaluca.sync.run;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The JobRunr entry point of a job: a plain, non-proxied bean taking only ids, so a job survives
 * restarts and re-delivery. A re-delivered job (a node died mid-run) plans again from scratch;
 * the mapping tables and Luca's duplicate-code answer make the repeated writes harmless.
 */
@Component
public class SyncJob {

    private static final Logger log = LoggerFactory.getLogger(SyncJob.class);

    private final JdbcSyncRunRepository runs;
    private final JdbcRecordResultRepository results;
    private final List<SyncRunner> runners;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SyncJob(JdbcSyncRunRepository runs, JdbcRecordResultRepository results, List<SyncRunner> runners, Clock clock,
            ApplicationEventPublisher events) {
        this.runs = runs;
        this.results = results;
        this.runners = List.copyOf(runners);
        this.clock = clock;
        this.events = events;
    }

    /** A job of one run (one sync type). */
    @Job(name = "Sync run %0", retries = 0)
    public void run(long runId) throws InterruptedException {
        SyncRun run = runs.findById(runId).orElseThrow(() -> new SyncRunException("No sync run " + runId));
        Map<String, String> logContext = RunLogContext.enter(run.jobId(), run.syncType());
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

    /**
     * A job of several runs (ALL: products, materials, customers), one after the other. A run
     * that fails does not stop the next: they are independent. The job fails if any run failed.
     */
    @Job(name = "Sync job %0", retries = 0)
    public void runAll(String jobId) throws InterruptedException {
        List<SyncRun> parts = runs.findAllByJobId(UUID.fromString(jobId));
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            try {
                run(parts.get(i).id());
            } catch (InterruptedException e) {
                failQueued(parts.subList(i + 1, parts.size()));
                throw e;
            } catch (RuntimeException e) {
                failures.add(parts.get(i).syncType() + ": " + userMessage(e));
            }
        }
        if (!failures.isEmpty()) {
            throw new SyncRunException("Job " + jobId + " had failed runs: " + String.join("; ", failures));
        }
    }

    private void execute(SyncRun run) throws InterruptedException {
        runs.markRunning(run.id(), clock.instant());
        results.deleteForRun(run.id());
        RecordSelection selection = runs.findRetrySource(run.id()).map(results::failedSelection).orElse(RecordSelection.EVERYTHING);
        log.info("Run {} started (limit {}, dry run {}, {})", run.id(), run.limit(), run.dryRun(),
                selection.everything() ? "all records" : "retrying " + selection.katanaIds().size() + " failed records");
        try {
            SyncRun.Counters counters = runnerFor(run.syncType()).run(run, selection);
            RunStatus status = RunStatus.ofFinishedRun(counters.succeeded(), counters.failed());
            runs.finish(run.id(), status, clock.instant(), summary(counters, results.countOutcomes(run.id())));
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

    private SyncRunner runnerFor(SyncType type) {
        return runners.stream().filter(runner -> runner.supports(type)).findFirst()
                .orElseThrow(() -> new SyncRunException("No runner for sync type " + type));
    }

    private void failQueued(List<SyncRun> rest) {
        rest.forEach(run -> runs.finish(run.id(), RunStatus.FAILED, clock.instant(),
                "Not started: the job was interrupted (the service is stopping)"));
    }

    private static String summary(SyncRun.Counters counters, Map<RecordOutcome, Integer> outcomes) {
        List<String> notes = new ArrayList<>();
        if (counters.failed() > 0) {
            notes.add(counters.failed() + " of " + counters.total() + " records failed; see the per-record results");
        }
        int notUpdated = outcomes.getOrDefault(RecordOutcome.NOT_UPDATED, 0);
        if (notUpdated > 0) {
            notes.add(notUpdated + " records changed in Katana but Luca cannot update them (outcome NOT_UPDATED names the fields)");
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    private static String userMessage(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
