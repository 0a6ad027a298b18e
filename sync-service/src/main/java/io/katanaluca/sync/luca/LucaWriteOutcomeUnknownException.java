package io.katanaluca.sync.luca;

import io.katanaluca.sync.remote.RemoteCallException;

/**
 * A create that may or may not have been stored: the request was sent and no usable answer came
 * back (the connection broke or timed out after sending, an HTTP 5xx, an HTML error page, a reply
 * that is not JSON, or a success without the new id). Luca has no idempotency key, so sending it
 * again could make a second record: the caller looks it up first (an invoice by its
 * {@code belgeTakipNo}) and creates again only if Luca does not hold it.
 *
 * <p>Its kind is {@link Kind#PERMANENT} so that no retry repeats it blindly (Luca's Retry and
 * circuit breaker act on transient failures only); what sets it apart from a refusal is its type.
 */
public class LucaWriteOutcomeUnknownException extends RemoteCallException {

    LucaWriteOutcomeUnknownException(String endpoint, String reason, Throwable cause) {
        super(Kind.PERMANENT, LucaFailures.SYSTEM, endpoint,
                "Luca may or may not have stored it (" + reason + "); look it up before sending it again", null, cause);
    }

    /** Never retried blindly (permanent), yet Luca did fail to answer: the circuit breaker counts it as a failure. */
    @Override
    public boolean isSystemFailure() {
        return true;
    }
}
