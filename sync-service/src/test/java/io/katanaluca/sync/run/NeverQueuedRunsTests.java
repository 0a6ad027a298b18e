package io.katanaluca.sync.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.MigratedH2;
import io.katanaluca.sync.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.JobParameter;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.storage.InMemoryStorageProvider;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;
import org.junit.jupiter.api.Test;

/**
 * On any node, embedded or in a cluster: a run whose process died between its commit and its
 * enqueue would block its type for ever. Against H2 with the real migrations and JobRunr's storage.
 */
class NeverQueuedRunsTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final InMemoryStorageProvider jobStorage = new InMemoryStorageProvider();
    private final JdbcSyncRunRepository runs = new JdbcSyncRunRepository(MigratedH2.fresh("never-queued"));
    private final NeverQueuedRuns neverQueued = new NeverQueuedRuns(jobStorage, runs, clock);

    NeverQueuedRunsTests() {
        jobStorage.setJobMapper(new JobMapper(new Jackson3JsonMapper()));
    }

    @Test
    void shouldEndARunLeftQueuedWithoutAJobAtTheSecondLookSoThatItsTypeCanStartAgain() {
        long orphan = runs.create(UUID.randomUUID(), SyncType.PRODUCT, false, null, "admin", clock.instant());

        assertThat(neverQueued.endThoseLeftBehind()).as("at the first look it may still be on its way to the queue").isZero();
        assertThat(runs.findActive(SyncType.PRODUCT)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(neverQueued.endThoseLeftBehind()).isEqualTo(1);

        SyncRun ended = runs.findById(orphan).orElseThrow();
        assertThat(ended.status()).isEqualTo(RunStatus.FAILED);
        assertThat(ended.errorMessage()).contains("before the run reached the job queue", "start it again");
        assertThat(runs.findActive(SyncType.PRODUCT)).isEmpty();
    }

    /** A retry puts an ended run back in the queue, with its old creation time, a moment before its job. */
    @Test
    void shouldLeaveARunThatReachedTheQueueBetweenTwoLooks() {
        UUID jobId = UUID.randomUUID();
        long retried = runs.create(jobId, SyncType.CUSTOMER, false, null, "admin", clock.instant().minus(Duration.ofDays(2)));

        neverQueued.endThoseLeftBehind();
        jobStorage.save(new Job(jobId, new JobDetails(SyncJob.class.getName(), null, "run", List.of(new JobParameter(long.class, retried)))));
        clock.advance(Duration.ofMinutes(1));

        assertThat(neverQueued.endThoseLeftBehind()).isZero();
        assertThat(neverQueued.endThoseLeftBehind()).isZero();
        assertThat(runs.findById(retried).orElseThrow().status()).isEqualTo(RunStatus.QUEUED);
    }
}
