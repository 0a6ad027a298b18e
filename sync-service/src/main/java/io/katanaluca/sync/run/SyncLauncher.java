package io.katanaluca.sync.run;

import java.time.Clock;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts runs as background jobs. At most one run of a type is active at a time, across all
 * nodes: the check and the insert run in one transaction behind that type's row lock; the job is
 * enqueued once the run is committed, so no worker looks for a run that is not there yet.
 */
@Service
public class SyncLauncher {

    private final JdbcSyncRunRepository runs;
    private final JobScheduler jobs;
    private final JdbcRunStartLock startLock;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SyncLauncher(JdbcSyncRunRepository runs, JobScheduler jobs, JdbcRunStartLock startLock, TransactionTemplate transactions, Clock clock) {
        this.runs = runs;
        this.jobs = jobs;
        this.startLock = startLock;
        this.transactions = transactions;
        this.clock = clock;
    }

    public SyncRun start(SyncType type, Integer limit, boolean dryRun, String triggeredBy) {
        startLock.ensureExists(type);
        SyncRun run = transactions.execute(tx -> {
            startLock.lock(type);
            runs.findActive(type).ifPresent(active -> {
                throw new RunAlreadyActiveException(active);
            });
            long runId = runs.create(UUID.randomUUID(), type, dryRun, limit, triggeredBy, clock.instant());
            return runs.findById(runId).orElseThrow();
        });
        long runId = run.id();
        jobs.<SyncJob>enqueue(run.jobId(), job -> job.run(runId));
        return run;
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
