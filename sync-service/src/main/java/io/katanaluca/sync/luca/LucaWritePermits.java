package io.katanaluca.sync.luca;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * The cap on concurrent Luca writes ({@code sync.parallelism}, default 5), held however many
 * nodes run: Luca tolerates only a few parallel requests. A permit is held for one Luca call,
 * never while a retry waits. Shared implementations give a permit a lease, so one held by a
 * node that died comes back by itself.
 */
public interface LucaWritePermits {

    Duration POLL = Duration.ofMillis(10);

    /** A permit if one is free now; never waits. */
    Optional<String> tryAcquire();

    void release(String permit);

    /** Waits for a permit, runs the write with it and gives it back. */
    default <T> T withPermit(Supplier<T> write) {
        String permit = awaitPermit();
        try {
            return write.get();
        } finally {
            release(permit);
        }
    }

    private String awaitPermit() {
        Optional<String> permit;
        while ((permit = tryAcquire()).isEmpty()) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                CancellationException cancelled = new CancellationException("Interrupted while waiting for a Luca write permit");
                cancelled.initCause(e);
                throw cancelled;
            }
        }
        return permit.get();
    }
}
