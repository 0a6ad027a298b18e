package io.katanaluca.sync.monitoring;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.katanaluca.sync.katana.KatanaProperties;
import io.katanaluca.sync.katana.KatanaRateLimiter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * {@code katana}: UP when Katana answers a one-product request with our API key (a 429 counts as up:
 * Katana is there, our quota is spent), with the quota Katana reports left, our own rate budget and
 * the circuit breaker. Each probe costs one request of the key's 60 a minute, so a result is reused
 * for {@link #PROBE_EVERY}, however often a load balancer asks.
 */
@Component
class KatanaHealthIndicator implements HealthIndicator {

    static final Duration PROBE_EVERY = Duration.ofSeconds(30);

    private final KatanaProbe probe;
    private final KatanaRateLimiter budget;
    private final KatanaProperties properties;
    private final CircuitBreaker circuitBreaker;
    private final Clock clock;
    private volatile KatanaProbe.Result last;

    KatanaHealthIndicator(@Qualifier("katanaRestClient") RestClient katana, KatanaRateLimiter budget, KatanaProperties properties,
            @Qualifier("katanaCircuitBreaker") CircuitBreaker circuitBreaker, Clock clock) {
        this.probe = new KatanaProbe(katana, clock);
        this.budget = budget;
        this.properties = properties;
        this.circuitBreaker = circuitBreaker;
        this.clock = clock;
    }

    @Override
    public Health health() {
        KatanaProbe.Result result = freshResult();
        Health.Builder health = result.isUp() ? Health.up() : Health.down();
        if (result.error() != null) {
            health.withDetail("error", result.error());
        }
        if (result.rateLimitRemaining() != null) {
            health.withDetail("rateLimitRemaining", result.rateLimitRemaining());
        }
        return health.withDetail("status", result.status()).withDetail("checkedAt", result.at())
                .withDetail("rateLimit", properties.rateLimitRequests() + " requests per " + properties.rateLimitPeriod().toSeconds() + " s")
                .withDetail("rateLimitWaitedSeconds", budget.waitsMillisTotal() / 1000.0)
                .withDetail("circuitBreaker", circuitBreaker.getState().name()).build();
    }

    private KatanaProbe.Result freshResult() {
        KatanaProbe.Result result = last;
        if (result == null || !clock.instant().isBefore(result.at().plus(PROBE_EVERY))) {
            result = probe.probe();
            last = result;
        }
        return result;
    }
}
