package io.katanaluca.bench;

import java.time.Duration;

/**
 * What the remote systems cost: the simulators are started with these latencies and this quota,
 * the service with this parallelism, and the lower bound is computed from the same figures.
 *
 * @param lucaLatency     time of every Luca call
 * @param katanaLatency   time of every Katana page
 * @param katanaRequests  Katana's quota per {@code katanaPeriod} (a fixed window, as the simulator keeps it)
 * @param parallelism     Luca writes in flight at once ({@code sync.parallelism})
 * @param katanaPageSize  products per Katana page ({@code katana.page-size}, at most 250)
 */
record LatencyProfile(Duration lucaLatency, Duration katanaLatency, int katanaRequests, Duration katanaPeriod,
        int parallelism, int katanaPageSize) {

    LatencyProfile {
        if (katanaRequests < 1 || parallelism < 1 || katanaPageSize < 1 || katanaPeriod.isZero() || katanaPeriod.isNegative()
                || lucaLatency.isNegative() || katanaLatency.isNegative()) {
            throw new IllegalArgumentException("Invalid latency profile: " + this);
        }
    }

    /** Issue 6: Luca 50 ms per call, Katana 100 ms per page, 60 Katana requests per minute, 5 Luca writes at once. */
    static LatencyProfile issueDefaults() {
        return new LatencyProfile(Duration.ofMillis(50), Duration.ofMillis(100), 60, Duration.ofSeconds(60), 5, 250);
    }

    int katanaPagesFor(int products) {
        return Math.max(1, (products + katanaPageSize - 1) / katanaPageSize);
    }

    String describe() {
        return "Luca " + lucaLatency.toMillis() + " ms per call, Katana " + katanaLatency.toMillis() + " ms per page, Katana "
                + katanaRequests + " requests per " + katanaPeriod.toSeconds() + " s, Luca parallelism " + parallelism
                + ", " + katanaPageSize + " products per Katana page";
    }
}
