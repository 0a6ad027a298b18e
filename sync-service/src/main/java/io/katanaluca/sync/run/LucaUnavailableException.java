package io.katanaluca.sync.run;

/**
 * Luca's circuit breaker refused a call: Luca kept failing, so calls to it pause for a while. Not
 * a failure of one record: a run that meets it stops writing, and the message says where Luca
 * could not be reached and for how long calls pause.
 */
public class LucaUnavailableException extends SyncRunException {

    LucaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
