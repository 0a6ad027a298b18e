package io.katanaluca.sync.run;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jobrunr.jobs.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.springframework.stereotype.Service;

/**
 * Starts runs as background jobs. At most one run of a type is active at a time; the check and
 * the insert are serialised here (one node; the scale-out issue moves this to a shared lock).
 */
@Service
public class SyncLauncher {

    private final JdbcSyncRunRepository runs;
    private final JobScheduler jobs;
    private final StorageProvider jobStorage;
    private final Clock clock;

    SyncLauncher(JdbcSyncRunRepository runs, JobScheduler jobs, StorageProvider jobStorage, Clock clock) {
        this.runs = runs;
        this.jobs = jobs;
        this.jobStorage = jobStorage;
        this.clock = clock;
    }

    public SyncRun start(SyncType type, Integer limit, boolean dryRun, String triggeredBy) {
        return start(type, limit, dryRun, triggeredBy, RunScope.FULL);
    }

    public synchronized SyncRun start(SyncType type, Integer limit, boolean dryRun, String triggeredBy, RunScope scope) {
        runs.findActive(type).ifPresent(active -> {
            throw new RunAlreadyActiveException(active);
        });
        UUID jobId = UUID.randomUUID();
        long runId = runs.create(jobId, type, dryRun, limit, triggeredBy, clock.instant(), scope);
        SyncRun run = runs.findById(runId).orElseThrow();
        Map<String, String> logContext = RunLogContext.enter(run);
        try {
            jobs.<SyncJob>enqueue(jobId, job -> job.run(runId));
        } finally {
            RunLogContext.restore(logContext);
        }
        return run;
    }

    /**
     * Runs an ended run again under the same job id, with the same parameters: its log row starts
     * over as QUEUED and its JobRunr job is requeued (or enqueued afresh once JobRunr has forgotten it).
     * Whether a run is worth retrying is the caller's decision; only one active run per type is this one's.
     */
    public synchronized SyncRun retry(SyncRun ended) {
        runs.findActive(ended.syncType()).ifPresent(active -> {
            throw new RunAlreadyActiveException(active);
        });
        runs.requeue(ended.id());
        try {
            requeueJob(ended);
        } catch (RuntimeException e) {
            runs.finish(ended.id(), ended.status(), ended.endTime(), ended.errorMessage());
            throw e;
        }
        return runs.findById(ended.id()).orElseThrow();
    }

    private void requeueJob(SyncRun ended) {
        long runId = ended.id();
        try {
            Job job = jobStorage.getJobById(ended.jobId());
            job.enqueue();
            jobStorage.save(job);
        } catch (JobNotFoundException forgotten) {
            Map<String, String> logContext = RunLogContext.enter(ended);
            try {
                jobs.<SyncJob>enqueue(ended.jobId(), job -> job.run(runId));
            } finally {
                RunLogContext.restore(logContext);
            }
        }
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
}
