package io.katanaluca.sync.run;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jobrunr.jobs.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts jobs in the background: one run per sync type (ALL: products, materials, customers
 * under one job id). At most one run of a type is active at a time, across all nodes: the check
 * and the insert run in one transaction behind the row locks of the types (taken in one order, so
 * two starts never deadlock); the job is enqueued once its runs are committed.
 */
@Service
public class SyncLauncher {

    private final JdbcSyncRunRepository runs;
    private final JdbcRecordResultRepository results;
    private final JobScheduler jobs;
    private final StorageProvider jobStorage;
    private final JdbcRunStartLock startLock;
    private final TransactionTemplate transactions;
    private final JobQueueWakeUp wakeUp;
    private final Clock clock;

    SyncLauncher(JdbcSyncRunRepository runs, JdbcRecordResultRepository results, JobScheduler jobs, StorageProvider jobStorage,
            JdbcRunStartLock startLock, TransactionTemplate transactions, JobQueueWakeUp wakeUp, Clock clock) {
        this.runs = runs;
        this.results = results;
        this.jobs = jobs;
        this.jobStorage = jobStorage;
        this.startLock = startLock;
        this.transactions = transactions;
        this.wakeUp = wakeUp;
        this.clock = clock;
    }

    public SyncRun start(SyncType type, Integer limit, boolean dryRun, String triggeredBy) {
        return start(type, limit, dryRun, triggeredBy, RunScope.FULL);
    }

    /** Returns the job's first run; {@link JdbcSyncRunRepository#findAllByJobId} lists them all. */
    public SyncRun start(SyncType type, Integer limit, boolean dryRun, String triggeredBy, RunScope scope) {
        UUID jobId = UUID.randomUUID();
        List<Long> runIds = whileNoneActive(type.parts(), () -> type.parts().stream()
                .map(part -> runs.create(jobId, part, dryRun, limit, triggeredBy, clock.instant(), scope, null)).toList());
        enqueue(jobId, type, runIds);
        return runs.findById(runIds.get(0)).orElseThrow();
    }

    /**
     * A new job over only the records that failed in {@code sourceRuns} (the runs of one job), or
     * that a run which stopped early never wrote: one run per type that had such records, each
     * retrying exactly those of its source run.
     */
    public SyncRun retryFailed(List<SyncRun> sourceRuns, boolean dryRun, String triggeredBy) {
        sourceRuns.stream().filter(run -> run.status().isActive()).findFirst().ifPresent(active -> {
            throw new RunAlreadyActiveException(active);
        });
        List<SyncRun> withFailures = sourceRuns.stream().filter(run -> results.countToRetry(run.id()) > 0).toList();
        if (withFailures.isEmpty()) {
            throw new NothingToRetryException("Job " + sourceRuns.get(0).jobId() + " has no failed records to retry");
        }
        UUID jobId = UUID.randomUUID();
        List<Long> runIds = whileNoneActive(withFailures.stream().map(SyncRun::syncType).toList(), () -> withFailures.stream()
                .map(source -> runs.create(jobId, source.syncType(), dryRun, null, triggeredBy, clock.instant(), RunScope.FULL, source.id()))
                .toList());
        enqueue(jobId, withFailures.size() == 1 ? withFailures.get(0).syncType() : SyncType.ALL, runIds);
        return runs.findById(runIds.get(0)).orElseThrow();
    }

    /**
     * Runs an ended job again under the same job id, with the same parameters, as its next attempt:
     * new QUEUED log rows, one per run of {@code jobRuns} (the job's latest attempt), while the rows
     * of the earlier attempts and their per-record results stay as they ended. Its JobRunr job is
     * requeued, and runs the newest attempt ({@link SyncJob}); once JobRunr has forgotten it, it is
     * enqueued afresh. Whether a job is worth retrying is the caller's decision; that no run of its
     * types is active is this one's. Returns the new attempt's runs.
     */
    public List<SyncRun> retry(List<SyncRun> jobRuns) {
        UUID jobId = jobRuns.get(0).jobId();
        // Read again behind the locks: another retry may have added an attempt since the caller read the job.
        List<Long> attempt = whileNoneActive(jobRuns.stream().map(SyncRun::syncType).toList(),
                () -> runs.findAllByJobId(jobId).stream().map(run -> runs.createAttempt(run.id(), clock.instant())).toList());
        try {
            requeueJob(jobId, jobRuns.size() == 1 ? jobRuns.get(0).syncType() : SyncType.ALL, attempt);
        } catch (RuntimeException e) {
            attempt.forEach(runs::delete);
            throw e;
        }
        return runs.findAllByJobId(jobId);
    }

    private void requeueJob(UUID jobId, SyncType type, List<Long> runIds) {
        try {
            Job job = jobStorage.getJobById(jobId);
            job.enqueue();
            jobStorage.save(job);
            wakeUp.takeUpNewWork();
        } catch (JobNotFoundException forgotten) {
            enqueue(jobId, type, runIds);
        }
    }

    private <T> T whileNoneActive(List<SyncType> types, Supplier<T> change) {
        List<SyncType> inLockOrder = types.stream().distinct().sorted().toList();
        inLockOrder.forEach(startLock::ensureExists);
        return transactions.execute(tx -> {
            inLockOrder.forEach(startLock::lock);
            inLockOrder.forEach(this::requireNoneActive);
            return change.get();
        });
    }

    private void requireNoneActive(SyncType type) {
        runs.findActive(type).ifPresent(active -> {
            throw new RunAlreadyActiveException(active);
        });
    }

    /** Enqueues with the job's log context set: JobRunr keeps it with the job and restores it on the worker. */
    private void enqueue(UUID jobId, SyncType type, List<Long> runIds) {
        Map<String, String> logContext = RunLogContext.enter(jobId, type);
        try {
            if (runIds.size() == 1) {
                long runId = runIds.get(0);
                jobs.<SyncJob>enqueue(jobId, job -> job.run(runId));
            } else {
                String id = jobId.toString();
                jobs.<SyncJob>enqueue(jobId, job -> job.runAll(id));
            }
        } finally {
            RunLogContext.restore(logContext);
        }
        wakeUp.takeUpNewWork();
    }

    /** A run of this type is already queued or running. */
    public static class RunAlreadyActiveException extends RuntimeException {

        private final transient SyncRun active;

        public RunAlreadyActiveException(SyncRun active) {
            super("A " + active.syncType() + " sync is already " + active.status().name().toLowerCase() + " as job " + active.jobId());
            this.active = active;
        }

        public SyncRun active() {
            return active;
        }
    }

    /** A retry was asked for a job in which nothing failed. */
    public static class NothingToRetryException extends RuntimeException {

        public NothingToRetryException(String message) {
            super(message);
        }
    }
}
