package io.katanaluca.sync.luca;

import java.util.Optional;
import java.util.concurrent.Semaphore;

/** The write cap of a single node: a semaphore. */
public class InProcessLucaWritePermits implements LucaWritePermits {

    private static final String PERMIT = "in-process";

    private final Semaphore permits;

    public InProcessLucaWritePermits(int cap) {
        this.permits = new Semaphore(cap);
    }

    @Override
    public Optional<String> tryAcquire() {
        return permits.tryAcquire() ? Optional.of(PERMIT) : Optional.empty();
    }

    @Override
    public void release(String permit) {
        permits.release();
    }
}
