package io.katanaluca.sync.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.remote.SharedRemoteCallException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResilienceConfigurationTests {

    private static final RemoteCallException REFUSED = RemoteCallException.transientFailure("Luca", "Giris.do",
            "Luca could not be reached at http://127.0.0.1:1/Yetki (ConnectException)", null);

    private final ResilienceConfiguration configuration = new ResilienceConfiguration();

    @Test
    void shouldOpenLucasCircuitAfterHalfOfTwentyCallsFailedAndPauseForTheConfiguredTime() {
        CircuitBreaker breaker = configuration.lucaCircuitBreaker(properties(Duration.ofSeconds(7)));

        failCalls(breaker, 20, REFUSED);

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(7_000L);
    }

    @Test
    void shouldCountAFailureSharedByWaitingCallersOnlyForTheCallerThatMadeTheCall() {
        CircuitBreaker breaker = configuration.lucaCircuitBreaker(properties(null));

        failCalls(breaker, 40, new SharedRemoteCallException(REFUSED));

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void shouldRetryLucasTransientFailuresButNotACallItsOpenCircuitRefused() {
        CircuitBreaker open = configuration.lucaCircuitBreaker(properties(null));
        Retry retry = configuration.lucaRetry(properties(null), open);
        open.transitionToOpenState();
        AtomicInteger transientAttempts = new AtomicInteger();

        Throwable refused = catchThrowable(() -> Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(open, () -> "never")).get());
        catchThrowable(() -> Retry.decorateSupplier(retry, () -> {
            transientAttempts.incrementAndGet();
            throw REFUSED;
        }).get());

        assertThat(refused).isInstanceOf(CallNotPermittedException.class);
        assertThat(retry.getMetrics().getNumberOfFailedCallsWithoutRetryAttempt()).isEqualTo(1);
        assertThat(transientAttempts).hasValue(6);
    }

    @Test
    void shouldLetACallRefusedWhileTheHalfOpenCircuitProbesWaitItsTurn() {
        CircuitBreaker probing = configuration.lucaCircuitBreaker(properties(null));
        Retry retry = configuration.lucaRetry(properties(null), probing);
        probing.transitionToOpenState();
        probing.transitionToHalfOpenState();
        for (int probe = 0; probe < 10; probe++) {
            probing.acquirePermission();
        }
        retry.getEventPublisher().onRetry(waited -> probing.transitionToClosedState()); // the probes passed meanwhile

        String answer = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(probing, () -> "written")).get();

        assertThat(answer).isEqualTo("written");
        assertThat(retry.getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(1);
    }

    private static void failCalls(CircuitBreaker breaker, int calls, Throwable failure) {
        for (int i = 0; i < calls; i++) {
            breaker.acquirePermission();
            breaker.onError(1, TimeUnit.MILLISECONDS, failure);
        }
    }

    private static RetryProperties properties(Duration circuitOpenDuration) {
        RetryProperties.Policy luca = new RetryProperties.Policy(5, Duration.ofMillis(1), 2.0, circuitOpenDuration);
        return new RetryProperties(luca, null);
    }
}
