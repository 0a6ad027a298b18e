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
 * restarts and re-delivery. A run is planned here ({@link RunPlanning}); it then hands its writes
 * out as batch jobs and ends with its last batch ({@link RunCompletion}), or here if it has none. A re-delivered job (its node died) plans a run again from scratch if it had not handed
 * its batches out yet, and otherwise only hands out again what is not done; the mapping tables
 * and Luca's duplicate-code answer make repeated writes harmless. When the service stops
 * ({@link OrderlyStop}) the job returns at the next Katana page, its run left RUNNING, and goes
 * back to the queue: the next start plans the run afresh.
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
    private final OrderlyStop stop;

    SyncJob(JdbcSyncRunRepository runs, JdbcRecordResultRepository results, List<SyncRunner> runners, JdbcSyncBatchRepository batches,
            BatchFanOut fanOut, RunCompletion completion, Clock clock, ApplicationEventPublisher events, OrderlyStop stop) {
        this.runs = runs;
        this.results = results;
        this.runners = List.copyOf(runners);
        this.batches = batches;
        this.fanOut = fanOut;
        this.completion = completion;
        this.clock = clock;
        this.events = events;
        this.stop = stop;
    }

    /**
     * A job of one run (one sync type). Retried only so that a run whose node died is taken up by
     * another node. After a retry of the job ({@link SyncLauncher#retry}) it runs the job's newest
     * attempt of the run's type: JobRunr requeues the job with the arguments it was created with.
     */
    @Job(name = "Sync run %0", retries = 3)
    public void run(long runId) throws InterruptedException {
        SyncRun run = runs.findById(runId).map(this::latestAttempt).orElseThrow(() -> new SyncRunException("No sync run " + runId));
        Map<String, String> logContext = RunLogContext.enter(run.jobId(), run.syncType());
        try {
            if (!run.status().isActive()) {
                endedAlready(run);
            } else if (run.status() == RunStatus.RUNNING && batches.isStaged(run.id())) {
                log.info("Run {} had handed its batches out already; handing out again what is not done", run.id());
                fanOut.enqueue(run.id());
                completion.finishIfDone(run.id());
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
     * When the service stops, the job returns with the rest of its runs left as they are.
     */
    @Job(name = "Sync job %0", retries = 3)
    public void runAll(String jobId) throws InterruptedException {
        List<SyncRun> parts = runs.findAllByJobId(UUID.fromString(jobId));
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            try {
                if (stop.isStopping() || !ranToItsEnd(parts.get(i).id())) {
                    leaveForTheNextStart(jobId);
                    return;
                }
            } catch (InterruptedException e) {
                if (isStoppingAfter(e)) {
                    leaveForTheNextStart(jobId);
                    return;
                }
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

    private SyncRun latestAttempt(SyncRun run) {
        return runs.findLatestAttempt(run.jobId(), run.syncType()).orElse(run);
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
            if (isStoppingAfter(e)) {
                leaveForTheNextStart(run);
                return;
            }
            fail(run, "The run was interrupted");
            throw e;
        } catch (RuntimeException e) {
            if (isStoppingAfter(e)) {
                leaveForTheNextStart(run);
                return;
            }
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

    private void leaveForTheNextStart(SyncRun run) {
        stop.leftUndone(SyncJob.class, "run", run.id());
        log.info("Run {} stopped with the service while planning; it plans afresh when the service starts again", run.id());
    }

    private void leaveForTheNextStart(String jobId) {
        stop.leftUndone(SyncJob.class, "runAll", jobId);
        log.info("Job {} stopped with the service; its runs not ended go on at the next start", jobId);
    }

    /** Runs the run and waits for its end (its batches are written by any node); false if the service began to stop first. */
    private boolean ranToItsEnd(long runId) throws InterruptedException {
        run(runId);
        while (runs.findById(runId).map(run -> run.status().isActive()).orElse(false)) {
            if (stop.isStopping()) {
                return false;
            }
            Thread.sleep(AWAIT_END_POLL.toMillis());
        }
        return true;
    }

    /**
     * Whether the failure came with the service's stop (JobRunr interrupted the job, a page handler
     * saw the stop, the database refused a call): then the run is left RUNNING for the next start
     * instead of failed. The thread's interrupt is cleared, as the job's end must still be stored.
     */
    private boolean isStoppingAfter(Exception failure) {
        if (!stop.isStopping()) {
            return false;
        }
        Thread.interrupted();
        log.debug("Stopped with the service", failure);
        return true;
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
