package io.katanaluca.sync.system;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.remote.SharedRemoteCallException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One retry and one circuit breaker for Luca (Katana's are built beside its client). Only transient failures (I/O, 5xx, 429, an expiry
 * that survived its re-login) are retried or counted against Luca's health; a validation error
 * is Luca working correctly and becomes a failed record at once. A call the open circuit refuses
 * is not retried for Luca: Luca is down for everyone, so the run stops rather than wait record by
 * record ({@code run.ResilientLuca}). A call refused while the circuit is half-open (its few probe
 * calls are under way) waits its turn like a transient failure.
 */
@Configuration(proxyBeanMethods = false)
public class ResilienceConfiguration {

    @Bean
    @Qualifier("luca")
    Retry lucaRetry(RetryProperties properties, @Qualifier("luca") CircuitBreaker circuitBreaker) {
        RetryProperties.Policy policy = properties.luca();
        return Retry.of("luca", RetryConfig.custom()
                .maxAttempts(policy.maxRetries() + 1)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(policy.initialBackoff(), policy.multiplier()))
                .retryOnException(error -> isTransientFailure(error) || isProbing(error, circuitBreaker))
                .failAfterMaxAttempts(false)
                .build());
    }

    @Bean
    @Qualifier("luca")
    CircuitBreaker lucaCircuitBreaker(RetryProperties properties) {
        return circuitBreakerFor("luca", properties.luca().circuitOpenDuration());
    }

    /** As {@link #circuitBreakerFor(String, Duration)} with the default pause of 30 s. */
    public static CircuitBreaker circuitBreakerFor(String system) {
        return circuitBreakerFor(system, RetryProperties.Policy.DEFAULT.circuitOpenDuration());
    }

    /**
     * The circuit breaker of one remote system: it opens when half of the last calls (at least
     * 20) failed transiently, refuses calls for {@code openFor}, then lets probes through (it goes
     * half-open by itself, so the health shows when calls may go through again). A failure shared
     * by callers that waited for one call (a login) counts once, for the caller that made it. A
     * write whose reply was lost counts too, although it is never retried.
     */
    public static CircuitBreaker circuitBreakerFor(String system, Duration openFor) {
        return CircuitBreaker.of(system, CircuitBreakerConfig.custom()
                .slidingWindowSize(50)
                .minimumNumberOfCalls(20)
                .failureRateThreshold(50)
                .waitDurationInOpenState(openFor)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordException(ResilienceConfiguration::isFailureOfTheSystem)
                .ignoreExceptions(SharedRemoteCallException.class)
                .build());
    }

    /** What the circuit breaker counts: a transient failure, a paused circuit, and a reply lost after a write (not retried, still a failure). */
    static boolean isFailureOfTheSystem(Throwable error) {
        return isTransient(error) || error instanceof RemoteCallException remote && remote.isSystemFailure();
    }

    /** Transient: worth another try later. A paused circuit is, too, for Katana: its retry's backoff outlasts the pause. */
    public static boolean isTransient(Throwable error) {
        return error instanceof CallNotPermittedException || isTransientFailure(error);
    }

    /** Refused because the half-open circuit lets only its probes through: the next try may pass. */
    private static boolean isProbing(Throwable error, CircuitBreaker circuitBreaker) {
        return error instanceof CallNotPermittedException && circuitBreaker.getState() == CircuitBreaker.State.HALF_OPEN;
    }

    /** A failed call worth another try: I/O, 5xx, 429, an expiry that survived its re-login. */
    public static boolean isTransientFailure(Throwable error) {
        return error instanceof RemoteCallException remote && remote.isTransient();
    }
}
