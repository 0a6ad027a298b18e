package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.run.JdbcSyncRunRepository;
import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncLauncher;
import io.katanaluca.sync.run.SyncRun;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Retry and delete from the dashboard, with the cases they refuse. A retry runs an ended run again
 * under the same job id; one that ended SUCCESS has nothing left to do. A delete removes a run that
 * is not running from the queue and from the operation log, with its per-record results.
 */
@Service
class JobActions {

    private final JdbcSyncRunRepository runs;
    private final SyncLauncher launcher;
    private final JobRunrQueue queue;

    JobActions(JdbcSyncRunRepository runs, SyncLauncher launcher, JobRunrQueue queue) {
        this.runs = runs;
        this.launcher = launcher;
        this.queue = queue;
    }

    SyncRun retry(SyncRun run) {
        if (run.status().isActive()) {
            throw Problems.conflict("Job cannot be retried", "Job " + run.jobId() + " is " + run.status().name().toLowerCase()
                    + "; wait for it to end, then retry it if it failed");
        }
        if (queue.isProcessing(run.jobId())) {
            throw Problems.conflict("Job cannot be retried", "Job " + run.jobId() + " is still processing in the job queue; wait for it to end");
        }
        if (run.status() == RunStatus.SUCCESS) {
            throw Problems.conflict("Job cannot be retried", "Job " + run.jobId() + " succeeded with no failed record; there is nothing"
                    + " to retry (start a new sync to pick up changes)");
        }
        return launcher.retry(run);
    }

    void delete(SyncRun run) {
        if (run.status() == RunStatus.RUNNING || !queue.deleteUnlessProcessing(run.jobId())) {
            throw Problems.conflict("Job is running", "Job " + run.jobId() + " is running and cannot be deleted; wait for it to end");
        }
        runs.delete(run.id());
    }

    SyncRun find(String jobId) {
        try {
            return runs.findByJobId(UUID.fromString(jobId)).orElseThrow(() -> Problems.notFound("No sync job " + jobId));
        } catch (IllegalArgumentException notAUuid) {
            throw Problems.notFound("No sync job " + jobId + " (job ids are UUIDs)");
        }
    }
}
