package io.katanaluca.sync.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.system.ResilienceConfiguration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RemoteFailureMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Retry luca = retry("luca");
    private final Retry katana = retry("katana");

    RemoteFailureMetricsTests() {
        new RemoteFailureMetrics(registry, luca, katana);
    }

    @Test
    void shouldCountEveryFailedAttemptByEndpointAndKindAndEveryRetry() {
        AtomicInteger attempts = new AtomicInteger();
        luca.executeSupplier(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw RemoteCallException.transientFailure("Luca", "EkleStkWsSkart.do", "HTTP 500", null);
            }
            return "created";
        });

        assertThat(registry.get("sync.remote.retries").tag("system", "luca").counter().count()).isEqualTo(2);
        assertThat(registry.get("sync.remote.errors").tags("system", "luca", "endpoint", "EkleStkWsSkart.do", "kind", "TRANSIENT")
                .counter().count()).isEqualTo(2);
    }

    @Test
    void shouldCountAPermanentFailureOnceWithoutARetryAndKeepKatanaPagesInOneSeries() {
        catchThrowable(() -> luca.executeSupplier(() -> {
            throw RemoteCallException.permanentFailure("Luca", "GuncelleStkWsSkart.do", "Kart adı boş olamaz");
        }));
        catchThrowable(() -> katana.executeSupplier(() -> {
            throw RemoteCallException.permanentFailure("Katana", "GET /products page 7", "HTTP 400");
        }));

        assertThat(registry.get("sync.remote.errors").tags("endpoint", "GuncelleStkWsSkart.do", "kind", "PERMANENT").counter().count()).isEqualTo(1);
        assertThat(registry.get("sync.remote.errors").tags("system", "katana", "endpoint", "GET /products").counter().count()).isEqualTo(1);
        assertThat(registry.get("sync.remote.retries").tag("system", "luca").counter().count()).isZero();
    }

    private static Retry retry(String name) {
        return Retry.of(name, RetryConfig.custom().maxAttempts(3).waitDuration(Duration.ofMillis(1))
                .retryOnException(ResilienceConfiguration::isTransient).build());
    }
}
