package io.katanaluca.sync.luca;

import io.katanaluca.sync.remote.RemoteCallException;

/** The failures of Luca calls, named for what the caller should do about them. */
final class LucaFailures {

    static final String SYSTEM = "Luca";

    private LucaFailures() {
    }

    static RemoteCallException retryable(String endpoint, String reason) {
        return RemoteCallException.transientFailure(SYSTEM, endpoint, reason, null);
    }

    static RemoteCallException retryable(String endpoint, String reason, Throwable cause) {
        return RemoteCallException.transientFailure(SYSTEM, endpoint, reason, cause);
    }

    static RemoteCallException unreachable(String endpoint, String baseUrl, Throwable cause) {
        return RemoteCallException.noResponse(SYSTEM, endpoint, baseUrl, cause);
    }

    static RemoteCallException rejected(String endpoint, String reason) {
        return RemoteCallException.permanentFailure(SYSTEM, endpoint, reason);
    }

    /** Sent, but no usable answer: see {@link LucaWriteOutcomeUnknownException}. */
    static LucaWriteOutcomeUnknownException outcomeUnknown(String endpoint, String reason, Throwable cause) {
        return new LucaWriteOutcomeUnknownException(endpoint, reason, cause);
    }

    static RemoteCallException sessionExpired(String endpoint, String reason) {
        return RemoteCallException.sessionExpired(SYSTEM, endpoint, reason);
    }
}
