package io.katanaluca.sync.katana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.katanaluca.sync.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KatanaRateBudgetTests {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    private static final Duration MINUTE = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(START);
    private final FakeSleeper sleeper = new FakeSleeper(clock);
    private final KatanaRateBudget budget = new KatanaRateBudget(60, MINUTE, clock, sleeper);

    @Test
    void shouldNeverStartMoreThanTheLimitWithinAnyPeriod() {
        // when
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            budget.acquire();
            starts.add(clock.instant());
        }

        // then: the 61st start after any start is at least a full period later
        IntStream.range(0, starts.size() - 60).forEach(i ->
                assertThat(Duration.between(starts.get(i), starts.get(i + 60))).isGreaterThanOrEqualTo(MINUTE));
        assertThat(starts.get(59)).isEqualTo(START);
        assertThat(starts.get(60)).isEqualTo(START.plus(MINUTE));
        assertThat(starts.get(149)).isEqualTo(START.plus(MINUTE.multipliedBy(2)));
        assertThat(sleeper.sleeps()).containsExactly(MINUTE, MINUTE);
    }

    @Test
    void shouldLetRequestsThroughAgainAsOldOnesLeaveTheWindow() {
        // given: 60 requests spread one per second
        for (int i = 0; i < 60; i++) {
            budget.acquire();
            clock.advance(Duration.ofSeconds(1));
        }

        // when
        budget.acquire();

        // then: the first request left the window exactly now, so no wait
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void shouldWaitForTheServersResetWhenNothingRemains() {
        // given
        budget.onResponse(0, START.plusSeconds(5).toEpochMilli());

        // when
        budget.acquire();

        // then
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
        assertThat(budget.waitsMillisTotal()).isEqualTo(5_000);
    }

    @Test
    void shouldReadAResetGivenInEpochSeconds() {
        // given
        budget.onResponse(0, START.plusSeconds(5).getEpochSecond());

        // when
        budget.acquire();

        // then
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void shouldNotWaitWhileTheServerSaysRequestsRemain() {
        // given
        budget.onResponse(3, START.plusSeconds(5).toEpochMilli());

        // when
        budget.acquire();

        // then
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void shouldNotWaitForAResetAlreadyPast() {
        // given
        budget.onResponse(0, START.minusSeconds(1).toEpochMilli());

        // when
        budget.acquire();

        // then
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void shouldWaitOnePeriodWhenNothingRemainsAndNoResetIsGiven() {
        // given
        budget.onResponse(0, null);

        // when
        budget.acquire();

        // then
        assertThat(sleeper.sleeps()).containsExactly(MINUTE);
    }

    @Test
    void shouldNeverWaitMoreThanOnePeriodForAResetFarAhead() {
        // given: a reset an hour out can only be clock skew
        budget.onResponse(0, START.plus(Duration.ofHours(1)).toEpochMilli());

        // when
        budget.acquire();

        // then
        assertThat(sleeper.sleeps()).containsExactly(MINUTE);
    }

    @Test
    void shouldAddUpAllWaitsForMetrics() {
        // given
        budget.onResponse(0, START.plusSeconds(5).toEpochMilli());
        IntStream.range(0, 61).forEach(i -> budget.acquire());

        // then: 5 s for the reset, then 60 s until the first of 60 requests leaves the window
        assertThat(budget.waitsMillisTotal()).isEqualTo(65_000);
    }

    @Test
    void shouldKeepTheLimitWhenThreadsShareTheBudget() throws Exception {
        // given
        ExecutorService threads = Executors.newFixedThreadPool(4);

        // when: 160 requests from 4 threads
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(threads.submit(() -> IntStream.range(0, 40).forEach(i -> budget.acquire())));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }

        // then: exactly two full waits, as a single thread would have needed; fewer would mean a leak
        assertThat(clock.instant()).isEqualTo(START.plus(MINUTE.multipliedBy(2)));
        assertThat(budget.waitsMillisTotal()).isEqualTo(120_000);
    }

    @Test
    void shouldGiveUpWaitingWhenInterrupted() {
        // given
        KatanaRateBudget interrupted = new KatanaRateBudget(1, MINUTE, clock, duration -> {
            throw new InterruptedException();
        });
        interrupted.acquire();

        // when / then
        try {
            assertThatThrownBy(interrupted::acquire).isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
