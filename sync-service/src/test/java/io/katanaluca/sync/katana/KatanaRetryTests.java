package io.katanaluca.sync.katana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.system.RetryProperties;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KatanaRetryTests {

    private static final RetryProperties.Policy DEFAULT = new RetryProperties.Policy(null, null, null);
    private final IntervalBiFunction<Object> backoff = KatanaRetry.config(DEFAULT).getIntervalBiFunction();

    @Test
    void shouldBackOffExponentiallyFromTheConfiguredPolicy() {
        // given
        Either<Throwable, Object> serverError = Either.left(RemoteCallException.transientFailure("Katana", "GET /products", "HTTP 500", null));

        // then: the seed's 2, 4, 8, 16, 32 s
        assertThat(backoff.apply(1, serverError)).isEqualTo(2_000L);
        assertThat(backoff.apply(2, serverError)).isEqualTo(4_000L);
        assertThat(backoff.apply(5, serverError)).isEqualTo(32_000L);
    }

    @Test
    void shouldWaitExactlyWhatKatanaAskedForAfterA429() {
        // given
        Either<Throwable, Object> tooMany = Either.left(RemoteCallException.rateLimited("Katana", "GET /products", Duration.ofSeconds(15)));

        // then
        assertThat(backoff.apply(1, tooMany)).isEqualTo(15_000L);
        assertThat(backoff.apply(4, tooMany)).isEqualTo(15_000L);
    }

    @Test
    void shouldBeNamedKatanaAndTryMaxRetriesPlusOneTimes() {
        // when
        Retry retry = KatanaRetry.create(new RetryProperties.Policy(3, Duration.ofMillis(1), 2.0));

        // then
        assertThat(retry.getName()).isEqualTo("katana");
        assertThat(retry.getRetryConfig().getMaxAttempts()).isEqualTo(4);
    }

    @Test
    void shouldRetryTransientFailuresOnly() {
        // given
        Retry retry = new RecordedWaitsRetry(new RetryProperties.Policy(2, Duration.ofMillis(1), 2.0)).retry();
        AtomicInteger permanentCalls = new AtomicInteger();
        AtomicInteger otherCalls = new AtomicInteger();

        // when / then
        assertThatThrownBy(() -> retry.executeRunnable(() -> {
            permanentCalls.incrementAndGet();
            throw RemoteCallException.permanentFailure("Katana", "GET /products", "HTTP 404: Not found");
        })).isInstanceOf(RemoteCallException.class);
        assertThatThrownBy(() -> retry.executeRunnable(() -> {
            otherCalls.incrementAndGet();
            throw new IllegalStateException("a bug, not a remote failure");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(permanentCalls).hasValue(1);
        assertThat(otherCalls).hasValue(1);
    }
}
