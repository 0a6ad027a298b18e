package io.katanaluca.sync.luca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What every cap on concurrent Luca writes does, in-process or across a cluster. */
public abstract class LucaWritePermitsContract {

    private static final Duration LEASE = Duration.ofMinutes(1);

    /** New permits over empty storage. */
    protected abstract LucaWritePermits newPermits(int cap, Duration lease);

    /** Permits over the same storage, as another node would have them. */
    protected abstract LucaWritePermits sameStorageAs(LucaWritePermits permits, int cap, Duration lease);

    /** Whether a permit that is never given back comes back by itself (shared implementations: a node can die). */
    protected abstract boolean expiresLeases();

    @Test
    void shouldGiveNoMoreThanTheCapUntilOneIsGivenBack() {
        LucaWritePermits permits = newPermits(3, LEASE);
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            taken.add(permits.tryAcquire().orElseThrow());
        }

        assertThat(permits.tryAcquire()).isEmpty();
        permits.release(taken.get(1));
        assertThat(permits.tryAcquire()).isPresent();
        assertThat(permits.tryAcquire()).isEmpty();
    }

    @Test
    void shouldHoldTheCapAcrossNodes() {
        LucaWritePermits nodeA = newPermits(3, LEASE);
        LucaWritePermits nodeB = sameStorageAs(nodeA, 3, LEASE);

        nodeA.tryAcquire().orElseThrow();
        nodeA.tryAcquire().orElseThrow();
        String lastOne = nodeB.tryAcquire().orElseThrow();

        assertThat(nodeB.tryAcquire()).isEmpty();
        assertThat(nodeA.tryAcquire()).isEmpty();
        nodeB.release(lastOne);
        assertThat(nodeA.tryAcquire()).isPresent();
    }

    @Test
    void shouldNeverRunMoreWritesAtOnceThanTheCap() throws Exception {
        LucaWritePermits nodeA = newPermits(3, LEASE);
        LucaWritePermits nodeB = sameStorageAs(nodeA, 3, LEASE);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                LucaWritePermits node = i % 2 == 0 ? nodeA : nodeB;
                done.add(writers.submit(() -> node.withPermit(() -> write(inFlight, peak))));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            writers.shutdownNow();
        }

        assertThat(peak.get()).isBetween(2, 3);
        assertThat(nodeA.tryAcquire()).isPresent();
    }

    @Test
    void shouldGetBackAPermitWhoseNodeDiedOnceItsLeaseRanOut() {
        if (!expiresLeases()) {
            return;
        }
        LucaWritePermits dying = newPermits(1, Duration.ofMillis(300));
        dying.tryAcquire().orElseThrow();
        LucaWritePermits survivor = sameStorageAs(dying, 1, LEASE);

        assertThat(survivor.tryAcquire()).isEmpty();
        await().atMost(Duration.ofSeconds(3)).until(() -> survivor.tryAcquire().isPresent());
    }

    private static Optional<Void> write(AtomicInteger inFlight, AtomicInteger peak) {
        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        inFlight.decrementAndGet();
        return Optional.empty();
    }
}
