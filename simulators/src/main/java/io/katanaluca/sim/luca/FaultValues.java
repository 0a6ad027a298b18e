package io.katanaluca.sim.luca;

import java.time.Duration;
import java.util.Objects;

/** The one place that says which fault settings are valid, for the config and the live knobs. */
final class FaultValues {

    private FaultValues() {
    }

    static void check(Duration latency, double failureRate5xx, double htmlErrorRate, double htmlExpiryShare,
            int maxConcurrent) {
        checkLatency(latency);
        checkShare("failureRate5xx", failureRate5xx);
        checkShare("htmlErrorRate", htmlErrorRate);
        checkShare("htmlExpiryShare", htmlExpiryShare);
        checkMaxConcurrent(maxConcurrent);
    }

    static Duration checkLatency(Duration latency) {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + latency);
        }
        return latency;
    }

    /** Zero switches a periodic fault off. */
    static Duration checkInterval(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must be zero (off) or positive: " + interval);
        }
        return interval;
    }

    static double checkShare(String name, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be within 0..1: " + share);
        }
        return share;
    }

    static int checkMaxConcurrent(int maxConcurrent) {
        if (maxConcurrent < 0) {
            throw new IllegalArgumentException("maxConcurrent must be 0 (unlimited) or more: " + maxConcurrent);
        }
        return maxConcurrent;
    }
}
