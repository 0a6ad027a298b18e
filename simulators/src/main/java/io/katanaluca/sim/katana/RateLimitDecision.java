package io.katanaluca.sim.katana;

/** The outcome of one quota check, with what the X-Ratelimit-* headers report. */
record RateLimitDecision(boolean allowed, int limit, int remaining, long resetEpochMillis, long retryAfterSeconds) {

    static RateLimitDecision allowed(int limit, int remaining, long resetEpochMillis) {
        return new RateLimitDecision(true, limit, remaining, resetEpochMillis, 0);
    }

    /** Retry-After is whole seconds, rounded up and at least 1, so waiting it always suffices. */
    static RateLimitDecision denied(int limit, long resetEpochMillis, long nowMillis) {
        long waitMillis = resetEpochMillis - nowMillis;
        long seconds = Math.max(1, (waitMillis + 999) / 1000);
        return new RateLimitDecision(false, limit, 0, resetEpochMillis, seconds);
    }
}
