package io.katanaluca.sim.katana;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The latest attempts (at most 10,000, oldest first) and running counts. Thread-safe. */
final class WebhookDeliveryLog {

    private static final int KEPT = 10_000;

    private final Deque<KatanaWebhookAttempt> attempts = new ArrayDeque<>();
    private long deliveries;
    private long duplicates;
    private long total;
    private long succeeded;
    private long retries;
    private long givenUp;

    synchronized void dispatched(boolean duplicated) {
        deliveries++;
        duplicates += duplicated ? 1 : 0;
    }

    synchronized void record(KatanaWebhookAttempt attempt) {
        total++;
        succeeded += attempt.succeeded() ? 1 : 0;
        retries += attempt.attempt() > 0 ? 1 : 0;
        attempts.addLast(attempt);
        if (attempts.size() > KEPT) {
            attempts.removeFirst();
        }
    }

    synchronized void gaveUp() {
        givenUp++;
    }

    synchronized List<KatanaWebhookAttempt> attempts() {
        return List.copyOf(attempts);
    }

    synchronized KatanaWebhookStats stats(int pending) {
        return new KatanaWebhookStats(deliveries, duplicates, total, succeeded, total - succeeded, retries, givenUp,
                pending);
    }

    synchronized void reset() {
        attempts.clear();
        deliveries = 0;
        duplicates = 0;
        total = 0;
        succeeded = 0;
        retries = 0;
        givenUp = 0;
    }
}
