package io.katanaluca.sync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Mockito.mock;

import io.katanaluca.sync.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.JobParameter;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.InMemoryStorageProvider;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A retry of a job from the dashboard is the job's next attempt: the operation log is the audit
 * trail, so the earlier attempt's row, counters and per-record results stay as they ended. Against
 * a database with the real migrations (H2 and PostgreSQL) and JobRunr's in-memory storage.
 */
abstract class SyncLauncherRetryContract {

    private static final SyncRun.Counters FIRST_ATTEMPT = new SyncRun.Counters(418, 418, 414, 4, 414, 0, 0);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final JdbcTemplate jdbc = freshDatabase();
    private final JdbcSyncRunRepository runs = new JdbcSyncRunRepository(jdbc);
    private final JdbcRecordResultRepository results = new JdbcRecordResultRepository(jdbc, JsonMapper.builder().build());
    private final InMemoryStorageProvider jobStorage = new InMemoryStorageProvider();
    private final SyncLauncher launcher = new SyncLauncher(runs, results, mock(JobScheduler.class), jobStorage,
            new JdbcRunStartLock(jdbc, clock), new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource())),
            mock(JobQueueWakeUp.class), clock);

    SyncLauncherRetryContract() {
        jobStorage.setJobMapper(new JobMapper(new Jackson3JsonMapper()));
    }

    /** A new, empty database that the service's migrations have built. */
    abstract JdbcTemplate freshDatabase();

    @Test
    void shouldKeepTheFirstAttemptsRowCountersAndRecordsAndGiveTheRetryItsOwn() {
        UUID jobId = UUID.randomUUID();
        long first = partialProductRun(jobId);
        SyncRun before = runs.findById(first).orElseThrow();
        List<RecordResult> recordsBefore = results.find(first, null, 0, 100);
        clock.advance(Duration.ofHours(1));

        List<SyncRun> retried = launcher.retry(runs.findAllByJobId(jobId));

        assertThat(runs.findById(first)).contains(before);
        assertThat(before.counters()).isEqualTo(FIRST_ATTEMPT);
        assertThat(results.find(first, null, 0, 100)).isEqualTo(recordsBefore).hasSize(2);
        SyncRun retry = retried.get(0);
        assertThat(retried).hasSize(1);
        assertThat(retry.id()).isNotEqualTo(first);
        assertThat(retry.jobId()).isEqualTo(jobId);
        assertThat(retry.attempt()).isEqualTo(2);
        assertThat(retry.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(retry.counters()).isEqualTo(SyncRun.Counters.ZERO);
        assertThat(retry.createdAt()).isEqualTo(clock.instant());
        assertThat(List.of(retry.syncType(), retry.dryRun(), retry.limit(), retry.triggeredBy()))
                .isEqualTo(List.of(before.syncType(), before.dryRun(), before.limit(), before.triggeredBy()));
        assertThat(runs.scope(retry.id())).isEqualTo(runs.scope(first));
        assertThat(results.find(retry.id(), null, 0, 100)).isEmpty();
        assertThat(runs.findAllByJobId(jobId)).containsExactly(retry);
        assertThat(runs.findEveryAttempt(jobId)).containsExactly(before, retry);
        assertThat(runs.findLatestAttempt(jobId, SyncType.PRODUCT)).contains(retry);
        assertThat(jobStorage.getJobById(jobId).getState()).isEqualTo(StateName.ENQUEUED);
    }

    @Test
    void shouldNumberEachRetryOneHigherAndRefuseASecondWhileTheFirstIsQueued() {
        UUID jobId = UUID.randomUUID();
        long first = partialProductRun(jobId);
        List<SyncRun> second = launcher.retry(runs.findAllByJobId(jobId));

        Throwable refused = catchThrowable(() -> launcher.retry(runs.findAllByJobId(jobId)));
        runs.finish(second.get(0).id(), RunStatus.PARTIAL, clock.instant(), null);
        jobStorage.save(jobStorage.getJobById(jobId).succeeded());
        List<SyncRun> third = launcher.retry(runs.findAllByJobId(jobId));

        assertThat(refused).isInstanceOf(SyncLauncher.RunAlreadyActiveException.class);
        assertThat(runs.findEveryAttempt(jobId)).extracting(SyncRun::attempt).containsExactly(1, 2, 3);
        assertThat(third).extracting(SyncRun::attempt).containsExactly(3);
        assertThat(runs.findById(first).orElseThrow().status()).isEqualTo(RunStatus.PARTIAL);
    }

    @Test
    void shouldDeleteEveryAttemptOfAJob() {
        UUID jobId = UUID.randomUUID();
        long first = partialProductRun(jobId);
        launcher.retry(runs.findAllByJobId(jobId));

        runs.deleteJob(jobId);

        assertThat(runs.findEveryAttempt(jobId)).isEmpty();
        assertThat(results.find(first, null, 0, 100)).isEmpty();
    }

    @Test
    void shouldLinkARetryFailedJobAndTheJobItRetriesBothWaysAndKeepTheLinkWhenTheRetryIsRetried() {
        UUID source = UUID.randomUUID();
        long sourceRun = partialProductRun(source);

        UUID retryFailed = launcher.retryFailed(runs.findAllByJobId(source), false, "admin").jobId();
        SyncRun retryRun = runs.findAllByJobId(retryFailed).get(0);
        runs.finish(retryRun.id(), RunStatus.FAILED, clock.instant(), "Luca is down");
        jobStorage.save(new Job(retryFailed, new JobDetails(SyncJob.class.getName(), null, "run",
                List.of(new JobParameter(long.class, retryRun.id())))).failed("Sync run failed", new RunFailedException("Luca is down", null)));
        SyncRun again = launcher.retry(runs.findAllByJobId(retryFailed)).get(0);

        assertThat(runs.findRetriedJob(retryFailed)).contains(source);
        assertThat(runs.findRetriesOf(source)).containsExactly(retryFailed);
        assertThat(runs.findRetriedJob(source)).isEmpty();
        assertThat(runs.findRetriesOf(retryFailed)).isEmpty();
        assertThat(runs.findRetrySource(again.id())).as("the retry's next attempt retries the same records").contains(sourceRun);
    }

    /** A product run that created 414 cards and failed 4, with two of its per-record results, and its ended JobRunr job. */
    private long partialProductRun(UUID jobId) {
        long runId = runs.create(jobId, SyncType.PRODUCT, false, 500, "admin", clock.instant());
        runs.markRunning(runId, clock.instant());
        runs.setTotal(runId, 418);
        runs.add(runId, FIRST_ATTEMPT);
        jdbc.update("INSERT INTO sync_record_result (run_id, katana_id, action, outcome, reason, luca_id) VALUES"
                + " (?, 101, 'CREATE', 'CREATED', NULL, 9001), (?, 102, 'INVALID', 'FAILED', 'no SKU', NULL)", runId, runId);
        runs.finish(runId, RunStatus.PARTIAL, clock.instant().plusSeconds(300), null);
        Job job = new Job(jobId, new JobDetails(SyncJob.class.getName(), null, "run", List.of(new JobParameter(long.class, runId))));
        job.failed("Sync run failed", new RunFailedException("4 records failed", null));
        jobStorage.save(job);
        return runId;
    }
}
