package io.katanaluca.sync.katana;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.katanaluca.sync.system.RetryProperties;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The production Katana Retry, except that it only records the wait its backoff asks for and then
 * retries at once (Resilience4j sleeps through a global, so tests cannot inject a sleeper there).
 */
final class RecordedWaitsRetry {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Retry retry;

    RecordedWaitsRetry(RetryProperties.Policy policy) {
        RetryConfig real = KatanaRetry.config(policy);
        IntervalBiFunction<Object> backoff = real.getIntervalBiFunction();
        IntervalBiFunction<Object> recording = (attempt, outcome) -> {
            waits.add(Duration.ofMillis(backoff.apply(attempt, outcome)));
            return 0L;
        };
        this.retry = Retry.of(KatanaRetry.NAME, RetryConfig.from(real).intervalBiFunction(recording).build());
    }

    Retry retry() {
        return retry;
    }

    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
