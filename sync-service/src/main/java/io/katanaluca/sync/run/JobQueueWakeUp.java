package io.katanaluca.sync.run;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.filters.ApplyStateFilter;
import org.jobrunr.jobs.states.EnqueuedState;
import org.jobrunr.jobs.states.JobState;
import org.jobrunr.jobs.states.ScheduledState;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.JobSteward;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Lets this node's job server take up jobs just enqueued instead of at its next poll (JobRunr polls
 * every 5 s at the shortest): a run started from the API, or a run's batches, start at once when a
 * worker is free. It is what JobRunr itself does when one of its workers becomes idle (the
 * steward's "thread idle" notice onboards new work, guarded by a lock, so it never races a poll).
 * Other nodes still find the jobs at their next poll; without a job server nothing happens.
 *
 * <p>As a filter of the job server it does the same for a scheduled job that JobRunr's poll has
 * just enqueued (a webhook window, a retry after its backoff, a recurring run): without it the job
 * would wait for the poll after, up to 5 s more.
 */
@Component
class JobQueueWakeUp implements ApplyStateFilter {

    private static final Logger log = LoggerFactory.getLogger(JobQueueWakeUp.class);

    private final ObjectProvider<BackgroundJobServer> server;

    JobQueueWakeUp(ObjectProvider<BackgroundJobServer> server) {
        this.server = server;
    }

    @Override
    public void onStateApplied(Job job, JobState oldState, JobState newState) {
        if (oldState instanceof ScheduledState && newState instanceof EnqueuedState) {
            takeUpNewWork();
        }
    }

    void takeUpNewWork() {
        BackgroundJobServer jobServer = server.getIfAvailable();
        if (jobServer == null || !jobServer.isRunning()) {
            return;
        }
        try {
            JobSteward steward = jobServer.getJobSteward();
            steward.notifyThreadOccupied();
            steward.notifyThreadIdle();
        } catch (RuntimeException e) {
            log.debug("Could not hand new jobs to the workers at once; they are taken up at the next poll", e);
        }
    }
}
