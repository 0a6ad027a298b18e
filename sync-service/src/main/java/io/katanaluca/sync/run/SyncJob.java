package io.katanaluca.sync.run;

import io.katanaluca.sync.remote.RemoteCallException;
import java.time.Clock;
import java.time.Duration;
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
 * restarts and re-delivery. A run is planned here; a product or material run then hands its
 * writes out as batch jobs and ends with its last batch ({@link RunCompletion}), other runs end
 * here. A re-delivered job (its node died) plans a run again from scratch if it had not handed
 * its batches out yet, and otherwise only hands out again what is not done; the mapping tables
 * and Luca's duplicate-code answer make repeated writes harmless.
 */
@Component
public class SyncJob {

    private static final Logger log = LoggerFactory.getLogger(SyncJob.class);
    private static final Duration AWAIT_END_POLL = Duration.ofMillis(500);

    private final JdbcSyncRunRepository runs;
    private final JdbcRecordResultRepository results;
    private final List<SyncRunner> runners;
    private final JdbcSyncBatchRepository batches;
    private final BatchFanOut fanOut;
    private final RunCompletion completion;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SyncJob(JdbcSyncRunRepository runs, JdbcRecordResultRepository results, List<SyncRunner> runners, JdbcSyncBatchRepository batches,
            BatchFanOut fanOut, RunCompletion completion, Clock clock, ApplicationEventPublisher events) {
        this.runs = runs;
        this.results = results;
        this.runners = List.copyOf(runners);
        this.batches = batches;
        this.fanOut = fanOut;
        this.completion = completion;
        this.clock = clock;
        this.events = events;
    }

    /** A job of one run (one sync type). Retried only so that a run whose node died is taken up by another node. */
    @Job(name = "Sync run %0", retries = 3)
    public void run(long runId) throws InterruptedException {
        SyncRun run = runs.findById(runId).orElseThrow(() -> new SyncRunException("No sync run " + runId));
        Map<String, String> logContext = RunLogContext.enter(run.jobId(), run.syncType());
        try {
            if (!run.status().isActive()) {
                endedAlready(run);
            } else if (run.status() == RunStatus.RUNNING && batches.isStaged(runId)) {
                log.info("Run {} had handed its batches out already; handing out again what is not done", runId);
                fanOut.enqueue(runId);
                completion.finishIfDone(runId);
            } else {
                execute(run);
            }
        } finally {
            RunLogContext.restore(logContext);
        }
    }

    /**
     * A job of several runs (ALL: products, materials, customers), one after the other. A run
     * that fails does not stop the next: they are independent. The job fails if any run failed.
     * A run ends before the next starts, although its batches are written by any node's workers.
     */
    @Job(name = "Sync job %0", retries = 3)
    public void runAll(String jobId) throws InterruptedException {
        List<SyncRun> parts = runs.findAllByJobId(UUID.fromString(jobId));
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            try {
                run(parts.get(i).id());
                awaitEnd(parts.get(i).id());
            } catch (InterruptedException e) {
                failQueued(parts.subList(i + 1, parts.size()));
                throw e;
            } catch (RuntimeException e) {
                failures.add(parts.get(i).syncType() + ": " + userMessage(e));
            }
        }
        if (!failures.isEmpty()) {
            throw RunFailedException.explained("Job " + jobId + " had failed runs: " + String.join("; ", failures));
        }
    }

    private void execute(SyncRun run) throws InterruptedException {
        runs.markRunning(run.id(), clock.instant());
        batches.forget(run.id());
        results.deleteForRun(run.id());
        RecordSelection selection = runs.findRetrySource(run.id()).map(results::retrySelection).orElse(RecordSelection.EVERYTHING);
        log.info("Run {} started (limit {}, dry run {}, {})", run.id(), run.limit(), run.dryRun(),
                selection.everything() ? "all records" : "retrying " + selection.katanaIds().size() + " failed records");
        try {
            SyncRun.Counters planned = runnerFor(run.syncType()).run(run, selection);
            log.info("Run {} planned: {}", run.id(), planned);
            completion.finishIfDone(run.id());
        } catch (InterruptedException e) {
            fail(run, "The run was interrupted (the service is stopping)");
            throw e;
        } catch (RuntimeException e) {
            if (isExplainedByItsMessage(e)) {
                log.error("Run {} failed: {}", run.id(), userMessage(e));
            } else {
                log.error("Run {} failed", run.id(), e);
            }
            fail(run, "Run failed: " + userMessage(e));
            throw isExplainedByItsMessage(e) ? RunFailedException.explained(userMessage(e)) : new RunFailedException(userMessage(e), e);
        }
    }

    private void fail(SyncRun run, String reason) {
        runs.finish(run.id(), RunStatus.FAILED, clock.instant(), reason);
        runs.findById(run.id()).ifPresent(ended -> events.publishEvent(new SyncRunEnded(ended)));
    }

    /** A repeat of a run's job (JobRunr's retry, or a node's death) changes nothing, and fails again if the run failed. */
    private static void endedAlready(SyncRun run) {
        log.info("Run {} already ended as {}; nothing to do", run.id(), run.status());
        if (run.status() == RunStatus.FAILED) {
            throw RunFailedException.explained("Run " + run.id() + " failed: " + run.errorMessage());
        }
    }

    private void awaitEnd(long runId) throws InterruptedException {
        while (runs.findById(runId).map(run -> run.status().isActive()).orElse(false)) {
            Thread.sleep(AWAIT_END_POLL.toMillis());
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

    /**
     * Luca's or Katana's failure (system, endpoint, reason) or the run's own reason to stop: the
     * message is the whole story, and a stack trace would only show where the run was. Anything
     * else is a bug, logged with its stack trace.
     */
    static boolean isExplainedByItsMessage(RuntimeException e) {
        return e instanceof RemoteCallException || e instanceof SyncRunException;
    }

    private static String userMessage(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
