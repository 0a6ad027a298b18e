package io.katanaluca.sync.monitoring;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.retry.Retry;
import io.katanaluca.sync.remote.RemoteCallException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Failures as the sync sees them, from the events of Luca's and Katana's {@link Retry}: every failed
 * attempt counts in {@code sync.remote.errors} by system, endpoint and kind (TRANSIENT, PERMANENT,
 * SESSION_EXPIRED, CIRCUIT_OPEN), including Luca's errors sent with HTTP 200; every retry in
 * {@code sync.remote.retries}.
 */
@Component
class RemoteFailureMetrics {

    /** Katana names a failed request with its page ("GET /products page 3"); the metric keeps one series per endpoint. */
    private static final Pattern PAGE_SUFFIX = Pattern.compile(" page \\d+$");

    private final MeterRegistry registry;

    RemoteFailureMetrics(MeterRegistry registry, @Qualifier("luca") Retry lucaRetry, @Qualifier("katanaRetry") Retry katanaRetry) {
        this.registry = registry;
        listenTo(lucaRetry);
        listenTo(katanaRetry);
    }

    private void listenTo(Retry retry) {
        String system = retry.getName().toLowerCase(Locale.ROOT);
        Counter retries = Counter.builder("sync.remote.retries").description("Calls to Katana and Luca tried again after a transient failure")
                .tag("system", system).register(registry);
        retry.getEventPublisher()
                .onRetry(event -> {
                    retries.increment();
                    countFailure(system, event.getLastThrowable());
                })
                .onError(event -> countFailure(system, event.getLastThrowable()))
                .onIgnoredError(event -> countFailure(system, event.getLastThrowable()));
    }

    private void countFailure(String system, Throwable failure) {
        Counter.builder("sync.remote.errors").description("Failed calls to Katana and Luca, each attempt")
                .tag("system", system).tag("endpoint", endpoint(failure)).tag("kind", kind(failure))
                .register(registry).increment();
    }

    static String endpoint(Throwable failure) {
        return failure instanceof RemoteCallException remote ? PAGE_SUFFIX.matcher(remote.endpoint()).replaceFirst("") : "none";
    }

    static String kind(Throwable failure) {
        if (failure instanceof RemoteCallException remote) {
            return remote.kind().name();
        }
        return failure instanceof CallNotPermittedException ? "CIRCUIT_OPEN" : failure.getClass().getSimpleName();
    }
}
