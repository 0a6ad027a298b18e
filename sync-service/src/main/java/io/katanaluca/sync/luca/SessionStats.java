package io.katanaluca.sync.luca;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What the session manager can tell a monitoring endpoint, in the seed's JSON shape:
 * {@code {"currentSessionId":"ABC1...789","createdAt":"2025-12-07T19:00:00Z",...,"remainingTime":"00:15:00",
 * "refreshCount":3,"lastRefreshAt":...,"isValid":true}}. The session id is always masked.
 */
@JsonPropertyOrder({"currentSessionId", "createdAt", "expiresAt", "remainingTime", "refreshCount", "lastRefreshAt", "isValid"})
public record SessionStats(
        String currentSessionId,
        Instant createdAt,
        Instant expiresAt,
        @JsonSerialize(using = ClockTimeDurationSerializer.class) Duration remainingTime,
        long refreshCount,
        Instant lastRefreshAt,
        @JsonProperty("isValid") boolean isValid) {

    static SessionStats none(long refreshCount, Instant lastRefreshAt) {
        return new SessionStats(null, null, null, Duration.ZERO, refreshCount, lastRefreshAt, false);
    }

    static SessionStats of(LucaSession session, Instant now, long refreshCount, Instant lastRefreshAt) {
        return new SessionStats(session.maskedId(), session.createdAt(), session.expiresAt(),
                session.remainingAt(now), refreshCount, lastRefreshAt, session.isValidAt(now));
    }
}
