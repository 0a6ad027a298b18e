package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.run.JdbcSyncRunRepository;
import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncLauncher;
import io.katanaluca.sync.run.SyncRun;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Retry and delete from the dashboard, with the cases they refuse. A job is its runs (one, or one
 * per type for ALL) of its latest attempt. A retry runs an ended job again under the same job id
 * as a new attempt, the earlier attempts kept; one whose runs all ended SUCCESS has nothing left to
 * do. A delete removes a job that is not running from the queue and from the operation log, every
 * attempt with its per-record results.
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

    List<SyncRun> retry(List<SyncRun> job) {
        UUID jobId = job.get(0).jobId();
        job.stream().filter(run -> run.status().isActive()).findFirst().ifPresent(active -> {
            throw Problems.conflict("Job cannot be retried", "Job " + jobId + " is " + active.status().name().toLowerCase()
                    + "; wait for it to end, then retry it if it failed");
        });
        if (queue.isProcessing(jobId)) {
            throw Problems.conflict("Job cannot be retried", "Job " + jobId + " is still processing in the job queue; wait for it to end");
        }
        if (job.stream().allMatch(run -> run.status() == RunStatus.SUCCESS)) {
            throw Problems.conflict("Job cannot be retried", "Job " + jobId + " succeeded with no failed record; there is nothing"
                    + " to retry (start a new sync to pick up changes)");
        }
        return launcher.retry(job);
    }

    void delete(List<SyncRun> job) {
        UUID jobId = job.get(0).jobId();
        if (job.stream().anyMatch(run -> run.status() == RunStatus.RUNNING) || !queue.deleteUnlessProcessing(jobId)) {
            throw Problems.conflict("Job is running", "Job " + jobId + " is running and cannot be deleted; wait for it to end");
        }
        runs.deleteJob(jobId);
    }

    /** The runs of the job's latest attempt, oldest first; never empty. */
    List<SyncRun> find(String jobId) {
        try {
            List<SyncRun> job = runs.findAllByJobId(UUID.fromString(jobId));
            if (job.isEmpty()) {
                throw Problems.notFound("No sync job " + jobId);
            }
            return job;
        } catch (IllegalArgumentException notAUuid) {
            throw Problems.notFound("No sync job " + jobId + " (job ids are UUIDs)");
        }
    }
}
