package io.katanaluca.sync.run;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.katanaluca.sync.luca.LucaProperties;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.remote.Setbacks;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Runs a Luca call under Luca's retry and circuit breaker; each transient failure is noted as a
 * setback ({@link Setbacks}). A call the open circuit refuses throws {@link LucaUnavailableException},
 * which names Luca's address and its last failure.
 */
@Component
public class ResilientLuca {

    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final String address;
    private volatile RemoteCallException lastFailure;

    public ResilientLuca(@Qualifier("luca") Retry retry, @Qualifier("luca") CircuitBreaker circuitBreaker, LucaProperties luca) {
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
        this.address = luca.baseUrl();
    }

    public <T> T call(Supplier<T> lucaCall) {
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker, () -> noted(lucaCall))).get();
        } catch (CallNotPermittedException paused) {
            throw new LucaUnavailableException(pausedMessage(), paused);
        }
    }

    public void run(Runnable lucaCall) {
        call(() -> {
            lucaCall.run();
            return null;
        });
    }

    /** A transient failure is retried unless it was the last attempt, and then the whole call fails: noted, it counts only on success. */
    private <T> T noted(Supplier<T> lucaCall) {
        try {
            return lucaCall.get();
        } catch (RemoteCallException e) {
            if (e.isTransient()) {
                lastFailure = e;
                Setbacks.note(Setbacks.of(e));
            }
            throw e;
        }
    }

    private String pausedMessage() {
        Duration pause = Duration.ofMillis(circuitBreaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1));
        String paused = "Calls to Luca at " + address + " are paused for " + readable(pause) + " after repeated failures (circuit breaker open)";
        RemoteCallException last = lastFailure;
        return last == null ? paused : paused + "; the last one: " + last.reason();
    }

    private static String readable(Duration pause) {
        return pause.toMillis() % 1000 == 0 ? pause.toSeconds() + " s" : pause.toMillis() + " ms";
    }
}
