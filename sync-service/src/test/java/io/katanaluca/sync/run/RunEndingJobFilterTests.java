package io.katanaluca.sync.run;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.JobParameter;
import org.junit.jupiter.api.Test;

/** A job JobRunr gave up on ends its run, so the run's type is not blocked for ever. */
class RunEndingJobFilterTests {

    private static final UUID JOB = UUID.fromString("5d0a4b7e-3c59-4f0e-9c1f-7a1b2c3d4e5f");

    private final JdbcSyncRunRepository runs = mock(JdbcSyncRunRepository.class);
    private final JdbcSyncBatchRepository batches = mock(JdbcSyncBatchRepository.class);
    private final RunEndingJobFilter filter = new RunEndingJobFilter(runs, batches, Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void shouldEndTheRunOfABatchThatFailedAfterItsRetries() {
        Job batch = failed(new Job(new JobDetails(SyncBatchJob.class.getName(), null, "write",
                List.of(new JobParameter(long.class, 7L), new JobParameter(int.class, 3)))));

        filter.onFailedAfterRetries(batch);

        verify(batches).finishRun(eq(7L), eq(RunStatus.FAILED), any(), contains("Batch 3 of the run failed after all its retries"));
    }

    @Test
    void shouldEndTheActiveRunsOfARunJobThatFailedAfterItsRetries() {
        Job runJob = failed(new Job(JOB, new JobDetails(SyncJob.class.getName(), null, "runAll", List.of(new JobParameter(String.class, JOB.toString())))));
        given(runs.findAllByJobId(JOB)).willReturn(List.of(run(1, RunStatus.SUCCESS), run(2, RunStatus.RUNNING), run(3, RunStatus.QUEUED)));

        filter.onFailedAfterRetries(runJob);

        verify(runs, never()).finish(eq(1L), any(), any(), any());
        verify(runs).finish(eq(2L), eq(RunStatus.FAILED), any(), contains("failed after all its retries"));
        verify(runs).finish(eq(3L), eq(RunStatus.FAILED), any(), contains("IllegalStateException: database gone"));
    }

    @Test
    void shouldLeaveOtherJobsAlone() {
        filter.onFailedAfterRetries(failed(new Job(new JobDetails("io.katanaluca.sync.webhook.WebhookProcessor", null, "process", List.of()))));

        verify(runs, never()).findAllByJobId(any());
        verify(batches, never()).finishRun(any(Long.class), any(), any(), any());
    }

    private static Job failed(Job job) {
        job.failed("Job failed", new IllegalStateException("database gone"));
        return job;
    }

    private static SyncRun run(long id, RunStatus status) {
        return new SyncRun(id, JOB, SyncType.PRODUCT, status, false, null, "test", Instant.EPOCH, null, null, SyncRun.Counters.ZERO, null);
    }
}
