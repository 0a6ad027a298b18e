package io.katanaluca.sync.remote;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;

/**
 * A failed call to Katana or Luca. The {@link Kind} carries the retry decision, so callers never
 * guess from messages: transient failures are retried, permanent ones become failed records,
 * an expired session triggers one re-login and one replay.
 */
public class RemoteCallException extends RuntimeException {

    public enum Kind { TRANSIENT, PERMANENT, SESSION_EXPIRED }

    private final Kind kind;
    private final String system;
    private final String endpoint;
    private final String reason;
    private final transient Duration retryAfter;

    protected RemoteCallException(Kind kind, String system, String endpoint, String reason, Duration retryAfter, Throwable cause) {
        super(system + " " + endpoint + ": " + reason, cause);
        this.kind = kind;
        this.system = system;
        this.endpoint = endpoint;
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public static RemoteCallException transientFailure(String system, String endpoint, String reason, Throwable cause) {
        return new RemoteCallException(Kind.TRANSIENT, system, endpoint, reason, null, cause);
    }

    /**
     * No answer from {@code system} at {@code address}: "could not be reached" when no connection was
     * made (refused, no route, unknown host, connect timeout), "no reply" when one broke or timed out.
     * Transient either way: a restart or a network blip passes.
     */
    public static RemoteCallException noResponse(String system, String endpoint, String address, Throwable cause) {
        Throwable connectFailure = connectFailure(cause);
        String reason = connectFailure != null ? system + " could not be reached at " + address + " (" + describe(connectFailure) + ")"
                : "no reply from " + system + " at " + address + " (" + describe(mostSpecific(cause)) + ")";
        return transientFailure(system, endpoint, reason, cause);
    }

    public static RemoteCallException rateLimited(String system, String endpoint, Duration retryAfter) {
        return new RemoteCallException(Kind.TRANSIENT, system, endpoint, "rate limited, retry after " + retryAfter.toMillis() + " ms", retryAfter, null);
    }

    public static RemoteCallException permanentFailure(String system, String endpoint, String reason) {
        return new RemoteCallException(Kind.PERMANENT, system, endpoint, reason, null, null);
    }

    public static RemoteCallException sessionExpired(String system, String endpoint, String reason) {
        return new RemoteCallException(Kind.SESSION_EXPIRED, system, endpoint, reason, null, null);
    }

    private static Throwable connectFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException || cause instanceof UnknownHostException) {
                return cause;
            }
        }
        return null;
    }

    private static Throwable mostSpecific(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isTransient() {
        return kind != Kind.PERMANENT;
    }

    /** Whether the remote system failed (a circuit breaker counts it): every transient failure, and what a subclass says. */
    public boolean isSystemFailure() {
        return isTransient();
    }

    /** No connection could be made at all (refused, no route, unknown host), as opposed to one that broke or timed out. */
    public boolean couldNotConnect() {
        return connectFailure(getCause()) != null;
    }

    public String system() {
        return system;
    }

    public String endpoint() {
        return endpoint;
    }

    /** The remote system's reason, fit to show a person (no secrets, no stack). */
    public String reason() {
        return reason;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
