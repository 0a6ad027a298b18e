package io.katanaluca.sync.run;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.remote.Setbacks;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Runs a Luca call under Luca's retry and circuit breaker; each transient failure is noted as a setback ({@link Setbacks}). */
@Component
public class ResilientLuca {

    private final Retry retry;
    private final CircuitBreaker circuitBreaker;

    public ResilientLuca(@Qualifier("luca") Retry retry, @Qualifier("luca") CircuitBreaker circuitBreaker) {
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
    }

    public <T> T call(Supplier<T> lucaCall) {
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker, () -> noted(lucaCall))).get();
    }

    /** A transient failure is retried unless it was the last attempt, and then the whole call fails: noted, it counts only on success. */
    private static <T> T noted(Supplier<T> lucaCall) {
        try {
            return lucaCall.get();
        } catch (RemoteCallException e) {
            if (e.isTransient()) {
                Setbacks.note(Setbacks.of(e));
            }
            throw e;
        }
    }

    public void run(Runnable lucaCall) {
        call(() -> {
            lucaCall.run();
            return null;
        });
    }
}
