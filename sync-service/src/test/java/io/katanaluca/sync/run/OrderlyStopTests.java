package io.katanaluca.sync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.JobParameter;
import org.jobrunr.jobs.states.EnqueuedState;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.JobState;
import org.jobrunr.jobs.states.ProcessingState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.server.BackgroundJobServer;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** SIGTERM: the jobs are told, the job server stops, the runs left are marked; a job cut short goes back to the queue as it is. */
class OrderlyStopTests {

    private final OrderlyStop stop = OrderlyStops.stopping();

    @Test
    void shouldQueueAgainUnderItsIdAndWithoutAFailureAJobThatLeftWorkUndone() {
        stop.leftUndone(SyncBatchJob.class, "write", 7L, 3);

        Job batch = succeeded(new JobDetails(SyncBatchJob.class.getName(), null, "write",
                List.of(new JobParameter(long.class, 7L), new JobParameter(int.class, 3))));

        assertThat(batch.getState()).isEqualTo(StateName.ENQUEUED);
        assertThat(batch.getJobStates()).extracting(JobState::getName)
                .containsExactly(StateName.ENQUEUED, StateName.PROCESSING, StateName.SUCCEEDED, StateName.ENQUEUED);
        assertThat(batch.getJobStatesOfType(FailedState.class)).isEmpty();
    }

    @Test
    void shouldLeaveAJobThatFinishedItsWorkSucceeded() {
        stop.leftUndone(SyncBatchJob.class, "write", 7L, 4);

        Job batch = succeeded(new JobDetails(SyncBatchJob.class.getName(), null, "write",
                List.of(new JobParameter(long.class, 7L), new JobParameter(int.class, 3))));

        assertThat(batch.getState()).isEqualTo(StateName.SUCCEEDED);
    }

    @Test
    void shouldStopTheJobServerBeforeMarkingTheRunsLeftRunning() {
        BackgroundJobServer server = mock(BackgroundJobServer.class);
        RestartRecovery recovery = mock(RestartRecovery.class);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("server", server, "recovery", recovery));
        OrderlyStop stopping = new OrderlyStop(beans.getBeanProvider(BackgroundJobServer.class), beans.getBeanProvider(RestartRecovery.class));
        stopping.start();

        stopping.stop();

        InOrder order = inOrder(server, recovery);
        order.verify(server).stop();
        order.verify(recovery).recordOrderlyStop();
        assertThat(stopping.isRunning()).isFalse();
        assertThatThrownBy(stopping::checkNotStopping).isInstanceOf(OrderlyStop.Stopping.class);
    }

    /** The job returns from its method, and JobRunr elects its next state, as its job performer does. */
    private Job succeeded(JobDetails details) {
        Job job = new Job(UUID.randomUUID(), 0, details, new ArrayList<>(List.of(new EnqueuedState(),
                new ProcessingState(UUID.randomUUID(), "node", Instant.EPOCH, Instant.EPOCH))), new ConcurrentHashMap<>());
        job.succeeded();
        stop.onStateElection(job, job.getJobState());
        return job;
    }
}
