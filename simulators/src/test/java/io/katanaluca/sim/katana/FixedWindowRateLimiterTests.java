package io.katanaluca.sim.katana;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FixedWindowRateLimiterTests {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(2, 10_000, now::get);

    @Test
    void shouldAllowTheLimitAndCountDownRemaining() {
        // when
        RateLimitDecision first = limiter.acquire("key");
        RateLimitDecision second = limiter.acquire("key");

        // then
        assertThat(first.allowed()).isTrue();
        assertThat(first.remaining()).isEqualTo(1);
        assertThat(second.remaining()).isZero();
        assertThat(second.resetEpochMillis()).isEqualTo(1_010_000);
    }

    @Test
    void shouldDenyWithRetryAfterRoundedUpToWholeSeconds() {
        // given
        limiter.acquire("key");
        limiter.acquire("key");
        now.addAndGet(7_500);

        // when
        RateLimitDecision denied = limiter.acquire("key");

        // then
        assertThat(denied.allowed()).isFalse();
        assertThat(denied.retryAfterSeconds()).isEqualTo(3);
    }

    @Test
    void shouldOpenANewWindowOnceThePeriodHasPassed() {
        // given
        limiter.acquire("key");
        limiter.acquire("key");
        now.addAndGet(10_000);

        // when
        RateLimitDecision next = limiter.acquire("key");

        // then
        assertThat(next.allowed()).isTrue();
        assertThat(next.resetEpochMillis()).isEqualTo(1_020_000);
    }

    @Test
    void shouldKeepSeparateQuotasPerKey() {
        // given
        limiter.acquire("a");
        limiter.acquire("a");

        // when
        RateLimitDecision other = limiter.acquire("b");

        // then
        assertThat(other.allowed()).isTrue();
    }
}
