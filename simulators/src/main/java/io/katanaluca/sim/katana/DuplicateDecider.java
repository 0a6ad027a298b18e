package io.katanaluca.sim.katana;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** Which deliveries go out twice: the next forced ones, then a seeded share of the rest. */
final class DuplicateDecider {

    private final double share;
    private final Random random;
    private final AtomicInteger forced = new AtomicInteger();

    DuplicateDecider(double share, long seed) {
        this.share = share;
        this.random = new Random(seed);
    }

    void forceNext(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
        forced.set(count);
    }

    boolean nextIsDuplicate() {
        int left = forced.getAndUpdate(n -> Math.max(0, n - 1));
        return left > 0 || (share > 0 && random.nextDouble() < share);
    }
}
