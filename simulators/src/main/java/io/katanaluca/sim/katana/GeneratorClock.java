package io.katanaluca.sim.katana;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Creation times for generated records: a fixed start plus random gaps, so a seed always gives
 * the same timestamps and every generated record is older than any change made at run time.
 */
final class GeneratorClock {

    private static final Instant START = Instant.parse("2024-01-02T07:30:00.000Z");
    private static final int MAX_GAP_SECONDS = 45 * 60;

    private final Random random;
    private Instant current = START;

    GeneratorClock(Random random) {
        this.random = random;
    }

    Instant next() {
        current = current.plus(Duration.ofSeconds(1 + random.nextInt(MAX_GAP_SECONDS)).plusMillis(random.nextInt(1000)));
        return current;
    }
}
