package io.katanaluca.sync.run;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Runs a Luca call under Luca's retry and circuit breaker. */
@Component
public class ResilientLuca {

    private final Retry retry;
    private final CircuitBreaker circuitBreaker;

    public ResilientLuca(@Qualifier("luca") Retry retry, @Qualifier("luca") CircuitBreaker circuitBreaker) {
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
    }

    public <T> T call(Supplier<T> lucaCall) {
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker, lucaCall)).get();
    }

    public void run(Runnable lucaCall) {
        call(() -> {
            lucaCall.run();
            return null;
        });
    }
}
