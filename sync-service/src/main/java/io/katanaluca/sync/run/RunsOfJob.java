package io.katanaluca.sync.run;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;

/**
 * The active runs a JobRunr job of this service carries on: a run's job (its newest attempt), an
 * ALL job's runs, a batch's run; none for other jobs.
 */
final class RunsOfJob {

    private final JdbcSyncRunRepository runs;

    RunsOfJob(JdbcSyncRunRepository runs) {
        this.runs = runs;
    }

    List<SyncRun> of(Job job) {
        return carried(job.getJobDetails()).filter(run -> run.status().isActive()).toList();
    }

    private Stream<SyncRun> carried(JobDetails details) {
        Object first = details.getJobParameters().isEmpty() ? null : details.getJobParameters().get(0).getObject();
        if (isJobOf(details, SyncJob.class, "runAll")) {
            return runs.findAllByJobId(UUID.fromString(String.valueOf(first))).stream();
        }
        if (isJobOf(details, SyncBatchJob.class, "write")) {
            return runs.findById(((Number) first).longValue()).stream();
        }
        if (isJobOf(details, SyncJob.class, "run")) {
            return runs.findById(((Number) first).longValue())
                    .map(run -> runs.findLatestAttempt(run.jobId(), run.syncType()).orElse(run)).stream();
        }
        return Stream.empty();
    }

    private static boolean isJobOf(JobDetails details, Class<?> type, String method) {
        return type.getName().equals(details.getClassName()) && method.equals(details.getMethodName());
    }
}
