package io.katanaluca.sync.run;

import java.time.Clock;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.filters.JobServerFilter;
import org.jobrunr.jobs.states.FailedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ends the runs of a job that JobRunr has given up on (out of retries, whichever node tried last):
 * a run's own job, or one of its batches. Without it such a run would stay QUEUED or RUNNING for
 * ever, and every later start of its type would be refused with 409. Its records that were not
 * written stay PENDING, so the next run (or a retry) writes them.
 */
@Component
class RunEndingJobFilter implements JobServerFilter {

    private static final Logger log = LoggerFactory.getLogger(RunEndingJobFilter.class);

    private final JdbcSyncRunRepository runs;
    private final JdbcSyncBatchRepository batches;
    private final Clock clock;

    RunEndingJobFilter(JdbcSyncRunRepository runs, JdbcSyncBatchRepository batches, Clock clock) {
        this.runs = runs;
        this.batches = batches;
        this.clock = clock;
    }

    @Override
    public void onFailedAfterRetries(Job job) {
        JobDetails details = job.getJobDetails();
        String why = lastFailure(job);
        if (isBatch(details)) {
            long runId = ((Number) details.getJobParameterValues()[0]).longValue();
            Object batchNo = details.getJobParameterValues()[1];
            endRunning(runId, "Batch " + batchNo + " of the run failed after all its retries (" + why
                    + "); its records that were not written stay PENDING and the next run writes them");
        } else if (isRunJob(details)) {
            runs.findAllByJobId(job.getId()).stream().filter(run -> run.status().isActive()).forEach(run -> {
                log.warn("The job of run {} failed after all its retries; the run ends FAILED", run.id());
                runs.finish(run.id(), RunStatus.FAILED, clock.instant(), "The run's job failed after all its retries (" + why + ")");
            });
        }
    }

    private void endRunning(long runId, String reason) {
        if (batches.finishRun(runId, RunStatus.FAILED, clock.instant(), reason)) {
            log.warn("Run {} ends FAILED: {}", runId, reason);
        }
    }

    private static boolean isBatch(JobDetails details) {
        return SyncBatchJob.class.getName().equals(details.getClassName()) && "write".equals(details.getMethodName());
    }

    private static boolean isRunJob(JobDetails details) {
        return SyncJob.class.getName().equals(details.getClassName());
    }

    private static String lastFailure(Job job) {
        return job.getJobState() instanceof FailedState failed
                ? failed.getExceptionType() + ": " + failed.getExceptionMessage()
                : "no failure recorded";
    }
}
