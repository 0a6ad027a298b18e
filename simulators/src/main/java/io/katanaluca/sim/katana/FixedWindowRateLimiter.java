package io.katanaluca.sim.katana;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Katana's quota: {@code limit} requests per key in a fixed window that opens with the first
 * request after the previous window ended.
 */
final class FixedWindowRateLimiter {

    private final int limit;
    private final long periodMillis;
    private final LongSupplier clockMillis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    FixedWindowRateLimiter(int limit, long periodMillis, LongSupplier clockMillis) {
        this.limit = limit;
        this.periodMillis = periodMillis;
        this.clockMillis = clockMillis;
    }

    RateLimitDecision acquire(String key) {
        long now = clockMillis.getAsLong();
        return windows.computeIfAbsent(key, k -> new Window(now)).acquire(now);
    }

    void reset() {
        windows.clear();
    }

    private final class Window {

        private long start;
        private int used;

        Window(long start) {
            this.start = start;
        }

        synchronized RateLimitDecision acquire(long now) {
            if (now >= start + periodMillis) {
                start = now;
                used = 0;
            }
            long reset = start + periodMillis;
            if (used >= limit) {
                return RateLimitDecision.denied(limit, reset, now);
            }
            used++;
            return RateLimitDecision.allowed(limit, limit - used, reset);
        }
    }
}
