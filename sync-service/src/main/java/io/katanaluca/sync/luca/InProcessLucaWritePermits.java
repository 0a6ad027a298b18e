package io.katanaluca.sync.luca;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The write cap of a single node: a fair semaphore. A writer waiting for a permit is handed the
 * next one the moment it is released, rather than at its next poll (polling cost ~5 ms of idle
 * permit per Luca call, a tenth of a 50 ms call).
 */
public class InProcessLucaWritePermits implements LucaWritePermits {

    private static final String PERMIT = "in-process";

    private final Semaphore permits;

    public InProcessLucaWritePermits(int cap) {
        this.permits = new Semaphore(cap, true);
    }

    @Override
    public Optional<String> tryAcquire() {
        return permits.tryAcquire() ? Optional.of(PERMIT) : Optional.empty();
    }

    @Override
    public void release(String permit) {
        permits.release();
    }

    @Override
    public <T> T withPermit(Supplier<T> write) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("Interrupted while waiting for a Luca write permit");
            cancelled.initCause(e);
            throw cancelled;
        }
        try {
            return write.get();
        } finally {
            permits.release();
        }
    }
}
