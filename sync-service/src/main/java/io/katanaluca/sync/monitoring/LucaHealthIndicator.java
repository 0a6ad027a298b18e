package io.katanaluca.sync.monitoring;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.luca.LucaSessionManager;
import io.katanaluca.sync.luca.SessionStats;
import io.katanaluca.sync.remote.RemoteCallException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code luca}: UP when Luca answers a cheap call (its unit list) with the shared session, which
 * proves both that Luca is reachable and that the session is valid or a login is possible (an
 * expired session is renewed on the way, as in a run). After a permanent refusal, e.g. a wrong
 * password, it stops probing for {@link #PAUSE_AFTER_REFUSAL}: frequent failed logins get Luca
 * to demand a captcha, which locks the integration out.
 */
@Component
class LucaHealthIndicator implements HealthIndicator {

    static final Duration PAUSE_AFTER_REFUSAL = Duration.ofMinutes(5);

    private final LucaClient luca;
    private final LucaSessionManager sessions;
    private final CircuitBreaker circuitBreaker;
    private final Clock clock;
    private volatile Refusal refusal;

    LucaHealthIndicator(LucaClient luca, LucaSessionManager sessions, @Qualifier("luca") CircuitBreaker circuitBreaker, Clock clock) {
        this.luca = luca;
        this.sessions = sessions;
        this.circuitBreaker = circuitBreaker;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Refusal last = refusal;
        if (last != null && clock.instant().isBefore(last.until())) {
            return Health.down().withDetail("error", last.reason()).withDetail("nextProbeAt", last.until()).build();
        }
        try {
            int units = luca.listUnits().size();
            refusal = null;
            SessionStats session = sessions.stats();
            return Health.up().withDetail("session", session.currentSessionId()).withDetail("sessionExpiresAt", session.expiresAt())
                    .withDetail("units", units).withDetail("circuitBreaker", circuitBreaker.getState().name()).build();
        } catch (RemoteCallException e) {
            if (!e.isTransient()) {
                refusal = new Refusal(e.getMessage(), clock.instant().plus(PAUSE_AFTER_REFUSAL));
            }
            return Health.down().withDetail("error", e.getMessage()).withDetail("circuitBreaker", circuitBreaker.getState().name()).build();
        }
    }

    private record Refusal(String reason, Instant until) {
    }
}
