package io.katanaluca.sync.katana;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;

/**
 * The in-process {@link KatanaRateLimiter} of a single node: keeps Katana requests under the per-key
 * quota (60 per 60 s by default) so that 429s stay rare.
 * Pacing is a sliding window over the start times of the last {@code requestsPerPeriod} requests;
 * on top of that, when Katana says no request is left, everybody waits for its reset.
 *
 * <p>Thread-safe. A waiting caller holds the lock while it sleeps on purpose: every other caller
 * would have to wait at least as long anyway, and this keeps the window bookkeeping trivially right.
 */
public class KatanaRateBudget implements KatanaRateLimiter {

    /** Katana documents Reset as epoch milliseconds but its own example is in seconds. */
    private static final long EPOCH_MILLIS_THRESHOLD = 100_000_000_000L;

    private final int requestsPerPeriod;
    private final Duration period;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Deque<Instant> recentStarts = new ArrayDeque<>();
    private Instant blockedUntil = Instant.MIN;
    private long waitsMillisTotal;

    public KatanaRateBudget(int requestsPerPeriod, Duration period, Clock clock, Sleeper sleeper) {
        if (requestsPerPeriod < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("Katana rate limit must allow at least 1 request in a positive period");
        }
        this.requestsPerPeriod = requestsPerPeriod;
        this.period = period;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public synchronized void acquire() {
        Duration wait = waitBeforeNextStart();
        while (isPositive(wait)) {
            sleep(wait);
            wait = waitBeforeNextStart();
        }
        recentStarts.addLast(clock.instant());
    }

    @Override
    public synchronized void onResponse(Integer remaining, Long resetEpoch) {
        if (remaining == null || remaining > 0) {
            return;
        }
        Instant now = clock.instant();
        Instant until = resetEpoch == null ? now.plus(period) : toInstant(resetEpoch);
        // A reset further out than one quota window can only be clock skew; never stall longer.
        Instant capped = until.isAfter(now.plus(period)) ? now.plus(period) : until;
        blockedUntil = capped.isAfter(blockedUntil) ? capped : blockedUntil;
    }

    @Override
    public synchronized long waitsMillisTotal() {
        return waitsMillisTotal;
    }

    private Duration waitBeforeNextStart() {
        Instant now = clock.instant();
        forgetStartsBefore(now.minus(period));
        Duration untilReset = Duration.between(now, blockedUntil.isBefore(now) ? now : blockedUntil);
        Duration untilWindowFrees = isWindowFull()
                ? Duration.between(now, recentStarts.peekFirst().plus(period))
                : Duration.ZERO;
        return untilReset.compareTo(untilWindowFrees) > 0 ? untilReset : untilWindowFrees;
    }

    private void forgetStartsBefore(Instant windowStart) {
        while (!recentStarts.isEmpty() && !recentStarts.peekFirst().isAfter(windowStart)) {
            recentStarts.removeFirst();
        }
    }

    private boolean isWindowFull() {
        return recentStarts.size() >= requestsPerPeriod;
    }

    private void sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
            waitsMillisTotal += wait.toMillis();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("Interrupted while waiting for the Katana rate limit");
            cancelled.initCause(e);
            throw cancelled;
        }
    }

    private static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    /** Katana's reset header as an instant, whether it came in epoch seconds or milliseconds. */
    public static Instant toInstant(long resetEpoch) {
        return resetEpoch < EPOCH_MILLIS_THRESHOLD ? Instant.ofEpochSecond(resetEpoch) : Instant.ofEpochMilli(resetEpoch);
    }
}
