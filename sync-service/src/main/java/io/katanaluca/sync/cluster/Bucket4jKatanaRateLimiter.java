package io.katanaluca.sync.cluster;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.katanaluca.sync.katana.KatanaRateBudget;
import io.katanaluca.sync.katana.KatanaRateLimiter;
import io.katanaluca.sync.katana.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Katana budget of a cluster: one Bucket4j token bucket per API key, kept in Redis or
 * PostgreSQL, that every node draws from. Katana counts requests in windows we cannot see the
 * edges of, so the bucket never lets more than the quota through in any window of the period: a
 * burst of a tenth of the quota, the rest spread evenly ({@code burst + refill = quota}). When
 * Katana says nothing is left, the bucket is drained up to Katana's reset, for every node.
 */
class Bucket4jKatanaRateLimiter implements KatanaRateLimiter {

    private static final long MIN_WAIT_NANOS = Duration.ofMillis(1).toNanos();

    private final Bucket bucket;
    private final Duration period;
    private final long nanosPerToken;
    private final Clock clock;
    private final Sleeper sleeper;
    private final AtomicLong waitedNanos = new AtomicLong();

    Bucket4jKatanaRateLimiter(Bucket bucket, int requestsPerPeriod, Duration period, Clock clock, Sleeper sleeper) {
        this.bucket = bucket;
        this.period = period;
        this.nanosPerToken = period.toNanos() / refill(requestsPerPeriod);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    static BucketConfiguration quota(int requestsPerPeriod, Duration period) {
        if (requestsPerPeriod < 2 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A shared Katana budget needs at least 2 requests in a positive period");
        }
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(burst(requestsPerPeriod)).refillGreedy(refill(requestsPerPeriod), period))
                .build();
    }

    private static int burst(int requestsPerPeriod) {
        return Math.max(1, requestsPerPeriod / 10);
    }

    private static int refill(int requestsPerPeriod) {
        return requestsPerPeriod - burst(requestsPerPeriod);
    }

    @Override
    public void acquire() {
        ConsumptionProbe probe;
        while (!(probe = bucket.tryConsumeAndReturnRemaining(1)).isConsumed()) {
            // A refill period that tokens do not divide evenly leaves a fraction of a nanosecond: wait at least a little.
            sleep(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), MIN_WAIT_NANOS)));
        }
    }

    @Override
    public void onResponse(Integer remaining, Long resetEpoch) {
        if (remaining == null || remaining > 0) {
            return;
        }
        Instant now = clock.instant();
        Instant reset = resetEpoch == null ? now.plus(period) : KatanaRateBudget.toInstant(resetEpoch);
        long untilReset = Math.min(Duration.between(now, reset).toNanos(), period.toNanos());
        long alreadyWaiting = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        if (untilReset > alreadyWaiting) {
            long tokens = Math.max(0, bucket.getAvailableTokens()) + ceilDiv(untilReset - alreadyWaiting, nanosPerToken);
            bucket.consumeIgnoringRateLimits(tokens);
        }
    }

    @Override
    public long waitsMillisTotal() {
        return Duration.ofNanos(waitedNanos.get()).toMillis();
    }

    private static long ceilDiv(long dividend, long divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    private void sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
            waitedNanos.addAndGet(wait.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("Interrupted while waiting for the Katana rate limit");
            cancelled.initCause(e);
            throw cancelled;
        }
    }
}
