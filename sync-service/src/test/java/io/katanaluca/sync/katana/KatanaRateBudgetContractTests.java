package io.katanaluca.sync.katana;

import java.time.Clock;
import java.time.Duration;

class KatanaRateBudgetContractTests extends KatanaRateLimiterContract {

    @Override
    protected KatanaRateLimiter newLimiter(int quota, Duration period, Clock clock, Sleeper sleeper) {
        return new KatanaRateBudget(quota, period, clock, sleeper);
    }

    @Override
    protected KatanaRateLimiter sameBudgetAs(KatanaRateLimiter limiter, int quota, Duration period, Clock clock, Sleeper sleeper) {
        return limiter; // in-process: "another node" can only be this one
    }
}
