package io.katanaluca.sync.system;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.katanaluca.sync.remote.RemoteCallException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One retry and one circuit breaker for Luca (Katana's are built beside its client). Only transient failures (I/O, 5xx, 429, an expiry
 * that survived its re-login) are retried or counted against Luca's health; a validation error
 * is Luca working correctly and becomes a failed record at once.
 */
@Configuration(proxyBeanMethods = false)
public class ResilienceConfiguration {

    @Bean
    @Qualifier("luca")
    Retry lucaRetry(RetryProperties properties) {
        RetryProperties.Policy policy = properties.luca();
        return Retry.of("luca", RetryConfig.custom()
                .maxAttempts(policy.maxRetries() + 1)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(policy.initialBackoff(), policy.multiplier()))
                .retryOnException(ResilienceConfiguration::isTransient)
                .failAfterMaxAttempts(false)
                .build());
    }

    @Bean
    @Qualifier("luca")
    CircuitBreaker lucaCircuitBreaker() {
        return circuitBreakerFor("luca");
    }

    /**
     * The circuit breaker of one remote system: it opens when half of the last calls (at least
     * 20) failed transiently, and lets a probe through after 30 s.
     */
    public static CircuitBreaker circuitBreakerFor(String system) {
        return CircuitBreaker.of(system, CircuitBreakerConfig.custom()
                .slidingWindowSize(50)
                .minimumNumberOfCalls(20)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .recordException(ResilienceConfiguration::isTransient)
                .build());
    }

    /** Transient: worth another try later. A paused circuit is, too: the retry's backoff outlasts the pause. */
    public static boolean isTransient(Throwable error) {
        return error instanceof CallNotPermittedException
                || error instanceof RemoteCallException remote && remote.isTransient();
    }
}
