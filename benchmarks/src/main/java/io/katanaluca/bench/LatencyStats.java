package io.katanaluca.bench;

import java.time.Duration;
import java.util.Arrays;

/** Percentiles of request latencies (nearest rank), and how many requests failed. */
record LatencyStats(int count, int errors, Duration p50, Duration p99, Duration max) {

    static LatencyStats of(long[] nanos, int errors) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, errors, percentile(sorted, 50), percentile(sorted, 99),
                sorted.length == 0 ? Duration.ZERO : Duration.ofNanos(sorted[sorted.length - 1]));
    }

    /** The smallest value with at least {@code percent}% of the values at or below it. */
    static Duration percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return Duration.ofNanos(sorted[Math.max(rank, 1) - 1]);
    }
}
