package io.katanaluca.bench;

import java.time.Duration;

/**
 * The earlier C# implementation's pace (reference luca-api.md §4), computed for the same
 * latencies: stock cards sent one by one, 25 ms after each POST, 2 s between batches of 50,
 * after reading Katana, logging in and listing the cards (nothing overlaps: it is sequential).
 */
final class CSharpPacing {

    static final Duration PAUSE_AFTER_WRITE = Duration.ofMillis(25);
    static final Duration PAUSE_BETWEEN_BATCHES = Duration.ofSeconds(2);
    static final int BATCH = 50;

    private CSharpPacing() {
    }

    static Duration of(LatencyProfile profile, RunWork work) {
        LowerBound bound = LowerBound.of(profile, work);
        return bound.katana().plus(bound.login()).plus(bound.warmUp()).plus(writes(profile, work.lucaWrites()));
    }

    static Duration writes(LatencyProfile profile, int writes) {
        if (writes == 0) {
            return Duration.ZERO;
        }
        long pauses = (writes - 1L) / BATCH;
        return profile.lucaLatency().plus(PAUSE_AFTER_WRITE).multipliedBy(writes).plus(PAUSE_BETWEEN_BATCHES.multipliedBy(pauses));
    }
}
