package io.katanaluca.sync.katana;

/**
 * Keeps Katana requests within the quota of the API key (60 per minute by default). Katana counts
 * per key, so with several nodes the budget has to be one for all of them: in-process
 * ({@link KatanaRateBudget}) for one node, Bucket4j on Redis or PostgreSQL for a cluster.
 */
public interface KatanaRateLimiter {

    /** Blocks until one more request may start, then counts it as started. */
    void acquire();

    /** Takes in Katana's {@code X-Ratelimit-Remaining} and {@code X-Ratelimit-Reset}; either may be absent. */
    void onResponse(Integer remaining, Long resetEpoch);

    /** Milliseconds this node's callers spent waiting for the budget, for monitoring. */
    long waitsMillisTotal();
}
