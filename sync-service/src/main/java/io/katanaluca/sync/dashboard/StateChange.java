package io.katanaluca.sync.dashboard;

import java.time.Instant;
import org.jobrunr.jobs.states.DeletedState;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.JobState;
import org.jobrunr.jobs.states.ProcessingState;
import org.jobrunr.jobs.states.ScheduledState;

/** One entry of a job's state history in JobRunr, with what that state says (never a stack trace). */
record StateChange(String state, Instant at, String detail) {

    static StateChange of(JobState state) {
        return new StateChange(state.getName().name(), state.getCreatedAt(), detail(state));
    }

    private static String detail(JobState state) {
        if (state instanceof FailedState failed) {
            return failed.getExceptionMessage() == null ? failed.getMessage() : failed.getExceptionMessage();
        }
        if (state instanceof DeletedState deleted) {
            return deleted.getReason();
        }
        if (state instanceof ScheduledState scheduled) {
            return "scheduled for " + scheduled.getScheduledAt();
        }
        if (state instanceof ProcessingState processing) {
            return "on " + processing.getServerName();
        }
        return null;
    }
}
