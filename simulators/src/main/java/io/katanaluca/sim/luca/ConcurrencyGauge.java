package io.katanaluca.sim.luca;

import java.util.concurrent.atomic.AtomicInteger;

/** Calls in flight now and the most seen at once, to check that clients respect a parallelism cap. */
final class ConcurrencyGauge {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    /** Returns the number in flight including this call. */
    int enter() {
        int now = inFlight.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        return now;
    }

    void exit() {
        inFlight.decrementAndGet();
    }

    int peak() {
        return peak.get();
    }

    void resetPeak() {
        peak.set(inFlight.get());
    }
}
