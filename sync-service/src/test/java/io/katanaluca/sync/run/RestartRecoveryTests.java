package io.katanaluca.sync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.JobParameter;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.jobs.states.EnqueuedState;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.JobState;
import org.jobrunr.jobs.states.ProcessingState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.storage.BackgroundJobServerStatus;
import org.jobrunr.storage.InMemoryStorageProvider;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** What a single node takes up when it starts after it was killed: its jobs left PROCESSING, its runs left RUNNING. */
class RestartRecoveryTests {

    private static final UUID DEAD_SERVER = UUID.fromString("6f1d3c1e-0000-4000-8000-000000000001");
    private static final UUID OWN_SERVER = UUID.fromString("6f1d3c1e-0000-4000-8000-000000000002");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final InMemoryStorageProvider jobStorage = new InMemoryStorageProvider();
    private final JdbcSyncRunRepository runs = mock(JdbcSyncRunRepository.class);
    private final BackgroundJobServer ownServer = mock(BackgroundJobServer.class);

    RestartRecoveryTests() {
        jobStorage.setJobMapper(new JobMapper(new Jackson3JsonMapper()));
        given(ownServer.getId()).willReturn(OWN_SERVER);
        given(runs.find(isNull(), any(), eq(0), anyInt())).willReturn(List.of());
    }

    @Test
    void shouldEnqueueAgainAtOnceTheJobsTheKilledProcessLeftProcessing() {
        Job batch = save(job(SyncBatchJob.class, "write", 7L, 3), 10, new EnqueuedState(), processing(DEAD_SERVER));
        Job waiting = save(job(SyncBatchJob.class, "write", 7L, 4), 10, new EnqueuedState());

        recovery().recover();

        Job takenUp = jobStorage.getJobById(batch.getId());
        assertThat(takenUp.getState()).isEqualTo(StateName.ENQUEUED);
        assertThat(takenUp.getJobStates()).extracting(JobState::getName)
                .containsExactly(StateName.ENQUEUED, StateName.PROCESSING, StateName.FAILED, StateName.ENQUEUED);
        assertThat(takenUp.getLastJobStateOfType(FailedState.class)).hasValueSatisfying(failed -> assertThat(failed.getMessage())
                .isEqualTo("Orphaned job"));
        assertThat(jobStorage.getJobById(waiting.getId()).getJobStates()).hasSize(1);
    }

    @Test
    void shouldCountAnInterruptionForEveryRunThatWasRunning() {
        given(runs.find(isNull(), eq(List.of(RunStatus.RUNNING)), eq(0), anyInt())).willReturn(List.of(run(7), run(8)));

        recovery().recover();

        verify(runs).countInterruption(7L);
        verify(runs).countInterruption(8L);
    }

    @Test
    void shouldNotCountAnInterruptionForARunAnOrderlyStopLeft() {
        given(runs.find(isNull(), eq(List.of(RunStatus.RUNNING)), eq(0), anyInt())).willReturn(List.of(run(7), run(8)));
        given(runs.takeStoppedOrderly(8L)).willReturn(true);

        recovery().recover();

        verify(runs).countInterruption(7L);
        verify(runs, never()).countInterruption(8L);
    }

    @Test
    void shouldMarkTheRunsLeftRunningWhenTheServiceStopsInOrder() {
        recovery().recordOrderlyStop();

        verify(runs).markRunningAsStoppedOrderly();
    }

    @Test
    void shouldEndTheRunFailedWhenItsJobWasTakenUpAsOftenAsItsRetriesAllow() {
        Job runJob = save(job(SyncJob.class, "run", 7L), 3, failedTimes(3));
        given(runs.findById(7L)).willReturn(Optional.of(run(7)));
        given(runs.interruptions(7L)).willReturn(4);

        recovery().recover();

        assertThat(jobStorage.getJobById(runJob.getId()).getState()).isEqualTo(StateName.FAILED);
        verify(runs).finish(eq(7L), eq(RunStatus.FAILED), eq(NOW), contains("stopped 4 times during this run"));
    }

    @Test
    void shouldGiveAJobWithRetriesLeftAnotherAttempt() {
        Job runJob = save(job(SyncJob.class, "run", 7L), 3, failedTimes(2));

        recovery().recover();

        assertThat(jobStorage.getJobById(runJob.getId()).getState()).isEqualTo(StateName.ENQUEUED);
        verify(runs, never()).finish(eq(7L), any(), any(), any());
    }

    @Test
    void shouldEndAQueuedRunFailedWhenItsJobNeverReachedTheQueue() {
        SyncRun neverEnqueued = run(9, RunStatus.QUEUED, NOW.minusSeconds(60));
        SyncRun enqueued = run(10, RunStatus.QUEUED, NOW.minusSeconds(60));
        SyncRun startedMeanwhile = run(11, RunStatus.QUEUED, NOW);
        save(new Job(enqueued.jobId(), job(SyncJob.class, "run", 10L)));
        given(runs.find(isNull(), eq(List.of(RunStatus.QUEUED)), eq(0), anyInt()))
                .willReturn(List.of(startedMeanwhile, enqueued, neverEnqueued));

        recovery().recover();

        verify(runs).finish(eq(9L), eq(RunStatus.FAILED), eq(NOW), contains("before the run reached the job queue"));
        verify(runs, never()).finish(eq(10L), any(), any(), any());
        verify(runs, never()).finish(eq(11L), any(), any(), any());
    }

    @Test
    void shouldLeaveTheJobsOfItsOwnServerAlone() {
        Job running = save(job(SyncBatchJob.class, "write", 7L, 3), 10, new EnqueuedState(), processing(OWN_SERVER));

        recovery().recover();

        assertThat(jobStorage.getJobById(running.getId()).getState()).isEqualTo(StateName.PROCESSING);
    }

    @Test
    void shouldForgetTheServersOfTheKilledProcessSoThatItsOwnLeadsAtOnce() {
        jobStorage.announceBackgroundJobServer(server(DEAD_SERVER));
        jobStorage.announceBackgroundJobServer(server(OWN_SERVER));

        recovery().recover();

        assertThat(jobStorage.getBackgroundJobServers()).extracting(BackgroundJobServerStatus::getId).containsExactly(OWN_SERVER);
    }

    private RestartRecovery recovery() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("server", ownServer));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new RestartRecovery(jobStorage, beans.getBeanProvider(BackgroundJobServer.class), runs, new NeverQueuedRuns(jobStorage, runs, clock),
                clock, 0);
    }

    private Job save(JobDetails details, int retries, JobState... states) {
        Job job = new Job(UUID.randomUUID(), 0, details, new ArrayList<>(List.of(states)), new ConcurrentHashMap<>());
        job.setAmountOfRetries(retries);
        return save(job);
    }

    private Job save(Job job) {
        return jobStorage.save(job);
    }

    /** A job that was taken up {@code times} times already, processing again when the service died. */
    private static JobState[] failedTimes(int times) {
        List<JobState> states = new ArrayList<>(List.of(new EnqueuedState()));
        for (int i = 0; i < times; i++) {
            states.add(processing(DEAD_SERVER));
            states.add(new FailedState("Orphaned job", new IllegalStateException("killed")));
            states.add(new EnqueuedState());
        }
        states.add(processing(DEAD_SERVER));
        return states.toArray(JobState[]::new);
    }

    private static ProcessingState processing(UUID server) {
        return new ProcessingState(server, "node", NOW.minusSeconds(30), NOW.minusSeconds(5));
    }

    private static JobDetails job(Class<?> type, String method, Object... arguments) {
        List<JobParameter> parameters = new ArrayList<>();
        for (Object argument : arguments) {
            parameters.add(new JobParameter(argument instanceof Long ? long.class : int.class, argument));
        }
        return new JobDetails(type.getName(), null, method, parameters);
    }

    private static SyncRun run(long id) {
        return run(id, RunStatus.RUNNING, NOW.minusSeconds(60));
    }

    private static SyncRun run(long id, RunStatus status, Instant created) {
        return new SyncRun(id, UUID.randomUUID(), SyncType.PRODUCT, status, false, null, "test", created, null, null, SyncRun.Counters.ZERO,
                null);
    }

    private static BackgroundJobServerStatus server(UUID id) {
        return new BackgroundJobServerStatus(id, "node", 4, 5, Duration.ofHours(36), Duration.ofHours(72), NOW.minusSeconds(60),
                NOW.minusSeconds(10), true, 0L, 0L, 0.0, 0L, 0L, 0L, 0.0);
    }
}
