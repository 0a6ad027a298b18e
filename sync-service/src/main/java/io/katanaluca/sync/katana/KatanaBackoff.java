package io.katanaluca.sync.katana;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.katanaluca.sync.remote.RemoteCallException;
import java.time.Duration;
import java.util.Optional;

/**
 * How long to wait before retrying a Katana call: exactly what Katana asked for after a 429
 * (its {@code Retry-After}), otherwise exponential backoff.
 */
final class KatanaBackoff implements IntervalBiFunction<Object> {

    private final IntervalFunction exponential;

    KatanaBackoff(Duration initialBackoff, double multiplier) {
        this.exponential = IntervalFunction.ofExponentialBackoff(initialBackoff, multiplier);
    }

    @Override
    public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
        return askedFor(outcome).map(Duration::toMillis).orElseGet(() -> exponential.apply(attempt));
    }

    private static Optional<Duration> askedFor(Either<Throwable, Object> outcome) {
        if (outcome.isLeft() && outcome.getLeft() instanceof RemoteCallException failure) {
            return failure.retryAfter();
        }
        return Optional.empty();
    }
}
