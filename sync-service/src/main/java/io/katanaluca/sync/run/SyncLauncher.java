package io.katanaluca.sync.run;

import java.time.Clock;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Service;

/**
 * Starts runs as background jobs. At most one run of a type is active at a time; the check and
 * the insert are serialised here (one node; the scale-out issue moves this to a shared lock).
 */
@Service
public class SyncLauncher {

    private final JdbcSyncRunRepository runs;
    private final JobScheduler jobs;
    private final Clock clock;

    SyncLauncher(JdbcSyncRunRepository runs, JobScheduler jobs, Clock clock) {
        this.runs = runs;
        this.jobs = jobs;
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
        jobs.<SyncJob>enqueue(jobId, job -> job.run(runId));
        return runs.findById(runId).orElseThrow();
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
