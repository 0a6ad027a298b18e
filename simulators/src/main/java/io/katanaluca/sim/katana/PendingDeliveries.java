package io.katanaluca.sim.katana;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Counts deliveries not finished yet (a waiting retry counts) and lets a test wait for none. */
final class PendingDeliveries {

    private int pending;

    synchronized void started(int count) {
        pending += count;
    }

    synchronized void finished() {
        pending--;
        if (pending == 0) {
            notifyAll();
        }
    }

    synchronized int count() {
        return pending;
    }

    /** True once nothing is pending; false if the timeout passed first. */
    synchronized boolean awaitNone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
