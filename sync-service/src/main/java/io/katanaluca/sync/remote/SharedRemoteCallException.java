package io.katanaluca.sync.remote;

/**
 * The failure of a call that another caller made while this one waited for its outcome, e.g. the
 * one Luca login that every caller of an expired session shares. Same retry decision as the
 * original, but not a failure of its own: a circuit breaker counts the original once, not once per
 * waiting caller (eight writers behind one failed login are not eight failures of Luca).
 */
public class SharedRemoteCallException extends RemoteCallException {

    public SharedRemoteCallException(RemoteCallException original) {
        super(original.kind(), original.system(), original.endpoint(), original.reason(), original.retryAfter().orElse(null), original);
    }
}
