package io.katanaluca.sync.run;

import org.jobrunr.JobRunrException;

/**
 * A run (or a job of runs) failed on its own account, e.g. Luca refused the login or its listing
 * broke; the operation log says why. JobRunr shows the job failed and does not retry it: only a
 * job whose node died is taken up again.
 */
public class RunFailedException extends JobRunrException {

    RunFailedException(String message, Throwable cause) {
        super(message, true, cause);
    }

    /**
     * A failure its message explains entirely and that was logged with it already: without a stack
     * trace, so JobRunr's own "processing failed" line (and its dashboard) shows the reason alone.
     */
    static RunFailedException explained(String message) {
        RunFailedException failure = new RunFailedException(message, null);
        failure.setStackTrace(new StackTraceElement[0]);
        return failure;
    }
}
