package io.katanaluca.sync.run;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.List;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.states.EnqueuedState;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.ScheduledState;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.JobSteward;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.beans.factory.ObjectProvider;

/** Jobs just enqueued go to an idle worker at once, instead of at the job server's next poll. */
class JobQueueWakeUpTests {

    private final BackgroundJobServer server = mock(BackgroundJobServer.class);
    private final JobSteward steward = mock(JobSteward.class);
    private final JobQueueWakeUp wakeUp;

    JobQueueWakeUpTests() {
        @SuppressWarnings("unchecked")
        ObjectProvider<BackgroundJobServer> provider = mock(ObjectProvider.class);
        given(provider.getIfAvailable()).willReturn(server);
        given(server.isRunning()).willReturn(true);
        given(server.getJobSteward()).willReturn(steward);
        wakeUp = new JobQueueWakeUp(provider);
    }

    @Test
    void shouldHandAScheduledJobThatThePollEnqueuedToTheWorkersAtOnce() {
        wakeUp.onStateApplied(job(), new ScheduledState(Instant.now()), new EnqueuedState());

        InOrder steward = inOrder(this.steward);
        steward.verify(this.steward).notifyThreadOccupied();
        steward.verify(this.steward).notifyThreadIdle();
    }

    @Test
    void shouldLeaveOtherStateChangesAlone() {
        wakeUp.onStateApplied(job(), new EnqueuedState(), new FailedState("boom", new IllegalStateException("boom")));
        wakeUp.onStateApplied(job(), null, new ScheduledState(Instant.now()));

        verifyNoInteractions(steward);
    }

    private static Job job() {
        return new Job(new JobDetails(SyncJob.class.getName(), null, "run", List.of()));
    }
}
