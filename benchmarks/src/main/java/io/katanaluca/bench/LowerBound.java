package io.katanaluca.bench;

import java.time.Duration;

/**
 * The shortest time a run could take with the configured latencies: reading Katana page after
 * page within its quota and writing to Luca with {@code parallelism} calls in flight can overlap,
 * so the longer of the two counts; the login (3 Luca calls) and the warm-up (stock card listing
 * and unit list, 2 Luca calls) come before any write and are added.
 */
record LowerBound(Duration katana, Duration luca, Duration login, Duration warmUp) {

    static final int LOGIN_CALLS = 3;
    static final int WARM_UP_CALLS = 2;

    static LowerBound of(LatencyProfile profile, RunWork work) {
        Duration login = work.needsLogin() ? profile.lucaLatency().multipliedBy(LOGIN_CALLS) : Duration.ZERO;
        return new LowerBound(katanaPaging(profile, work.katanaPages()), lucaWrites(profile, work.lucaWrites()), login,
                profile.lucaLatency().multipliedBy(WARM_UP_CALLS));
    }

    /**
     * A SALES_INVOICE run of {@code orders} orders not yet invoiced: Luca has no idempotency key, so
     * exactly once needs a lookup by {@code belgeTakipNo} before each create, 2 Luca calls an order,
     * {@code parallelism} at a time; Katana's order pages ({@code katanaPageSize} orders each) and its
     * tax rate list, one after another. The session is live from the master data runs: no login, no warm-up.
     */
    static LowerBound ofInvoices(LatencyProfile profile, int orders) {
        return new LowerBound(katanaPaging(profile, profile.katanaPagesFor(orders) + 1), lucaWrites(profile, 2 * orders), Duration.ZERO,
                Duration.ZERO);
    }

    Duration total() {
        return (katana.compareTo(luca) >= 0 ? katana : luca).plus(login).plus(warmUp);
    }

    /** Which side sets the bound: "Katana" or "Luca". */
    String limitedBy() {
        return katana.compareTo(luca) > 0 ? "Katana" : "Luca";
    }

    double efficiencyOf(Duration measured) {
        return measured.isZero() ? 0 : (double) total().toNanos() / measured.toNanos();
    }

    /**
     * Pages one after another (each needs the previous one's position); a fixed window allows
     * {@code katanaRequests} requests and opens again a period after it opened.
     */
    static Duration katanaPaging(LatencyProfile profile, int pages) {
        if (pages == 0) {
            return Duration.ZERO;
        }
        int perWindow = profile.katanaRequests();
        long fullWindows = (pages - 1L) / perWindow;
        Duration burst = profile.katanaLatency().multipliedBy(perWindow);
        Duration window = burst.compareTo(profile.katanaPeriod()) > 0 ? burst : profile.katanaPeriod();
        return window.multipliedBy(fullWindows).plus(profile.katanaLatency().multipliedBy(pages - fullWindows * perWindow));
    }

    /** At most {@code parallelism} writes in flight, each taking the Luca latency. */
    static Duration lucaWrites(LatencyProfile profile, int writes) {
        long rounds = (writes + profile.parallelism() - 1L) / profile.parallelism();
        return profile.lucaLatency().multipliedBy(rounds);
    }
}
