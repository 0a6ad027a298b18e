package io.katanaluca.sync.katana;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every Katana rate limiter does, in-process or shared by a cluster: Katana's quota is never
 * exceeded in any window of its period, whatever the window's edges, however many nodes draw on
 * it, and nobody starts before Katana's reset once it said nothing is left. Time is a fake clock
 * that the limiter's sleeps advance, so nothing really waits.
 */
public abstract class KatanaRateLimiterContract {

    private static final int QUOTA = 10;
    private static final Duration PERIOD = Duration.ofSeconds(10);

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final FakeSleeper sleeper = new FakeSleeper(clock);

    /** A limiter over a new, unused budget of {@code quota} requests per {@code period}. */
    protected abstract KatanaRateLimiter newLimiter(int quota, Duration period, Clock clock, Sleeper sleeper);

    /** A limiter over the same budget, as another node would have it. */
    protected abstract KatanaRateLimiter sameBudgetAs(KatanaRateLimiter limiter, int quota, Duration period, Clock clock, Sleeper sleeper);

    @Test
    void shouldLetTheFirstRequestGoAtOnce() {
        newLimiter(QUOTA, PERIOD, clock, sleeper).acquire();

        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void shouldNeverStartMoreThanTheQuotaInAnyWindowOfThePeriod() {
        KatanaRateLimiter limiter = newLimiter(QUOTA, PERIOD, clock, sleeper);

        List<Instant> starts = startsOf(35, limiter, limiter);

        assertQuotaHeldInEveryWindow(starts);
        assertThat(Duration.between(starts.get(0), starts.get(34))).isLessThan(PERIOD.multipliedBy(5));
    }

    @Test
    void shouldShareOneBudgetBetweenTwoNodes() {
        KatanaRateLimiter nodeA = newLimiter(QUOTA, PERIOD, clock, sleeper);
        KatanaRateLimiter nodeB = sameBudgetAs(nodeA, QUOTA, PERIOD, clock, sleeper);

        List<Instant> starts = startsOf(30, nodeA, nodeB);

        assertQuotaHeldInEveryWindow(starts);
    }

    @Test
    void shouldStartNothingBeforeKatanasResetOnceItSaidNothingIsLeft() {
        KatanaRateLimiter nodeA = newLimiter(QUOTA, PERIOD, clock, sleeper);
        KatanaRateLimiter nodeB = sameBudgetAs(nodeA, QUOTA, PERIOD, clock, sleeper);
        nodeA.acquire();
        Instant reset = clock.instant().plusSeconds(7);

        nodeA.onResponse(0, reset.toEpochMilli());
        nodeB.acquire();

        assertThat(clock.instant()).isAfterOrEqualTo(reset);
    }

    @Test
    void shouldNotWaitForAResetWhileRequestsRemain() {
        KatanaRateLimiter limiter = newLimiter(QUOTA, PERIOD, clock, sleeper);

        limiter.onResponse(5, clock.instant().plusSeconds(30).toEpochMilli());
        limiter.acquire();

        assertThat(sleeper.sleeps()).isEmpty();
    }

    private List<Instant> startsOf(int requests, KatanaRateLimiter nodeA, KatanaRateLimiter nodeB) {
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            (i % 2 == 0 ? nodeA : nodeB).acquire();
            starts.add(clock.instant());
        }
        return starts;
    }

    private static void assertQuotaHeldInEveryWindow(List<Instant> starts) {
        IntStream.range(0, starts.size() - QUOTA).forEach(i -> assertThat(Duration.between(starts.get(i), starts.get(i + QUOTA)))
                .as("requests %d and %d", i, i + QUOTA).isGreaterThanOrEqualTo(PERIOD));
    }
}
