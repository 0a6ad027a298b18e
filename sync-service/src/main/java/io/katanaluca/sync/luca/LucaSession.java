package io.katanaluca.sync.luca;

import java.time.Duration;
import java.time.Instant;

/**
 * One logged-in Luca session: the {@code JSESSIONID} value and when we consider it alive.
 * {@link #toString()} masks the id, so a session can be logged as it is.
 */
public record LucaSession(String sessionId, Instant createdAt, Instant expiresAt) {

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** True once we are within {@code refreshBefore} of the expiry: time to log in again, ahead of Luca. */
    public boolean isAboutToExpireAt(Instant now, Duration refreshBefore) {
        return !now.isBefore(expiresAt.minus(refreshBefore));
    }

    public Duration remainingAt(Instant now) {
        return isValidAt(now) ? Duration.between(now, expiresAt) : Duration.ZERO;
    }

    public String maskedId() {
        return mask(sessionId);
    }

    /** {@code ABC1...789}: enough to tell two sessions apart in a log, too little to reuse one. */
    static String mask(String sessionId) {
        if (sessionId == null) {
            return null;
        }
        return sessionId.length() < 12 ? "****" : sessionId.substring(0, 4) + "..." + sessionId.substring(sessionId.length() - 3);
    }

    @Override
    public String toString() {
        return "LucaSession[" + maskedId() + ", createdAt=" + createdAt + ", expiresAt=" + expiresAt + "]";
    }
}
