package io.katanaluca.sync.run;

/** A run could not go on; the message says what happened and what to do, and ends up in the operation log. */
public class SyncRunException extends RuntimeException {

    public SyncRunException(String message) {
        super(message);
    }

    public SyncRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
