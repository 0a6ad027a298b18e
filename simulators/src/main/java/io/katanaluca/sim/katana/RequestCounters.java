package io.katanaluca.sim.katana;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Lock-free request counters behind {@link KatanaStats}. */
final class RequestCounters {

    private final Map<String, LongAdder> byPath = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();
    private final LongAdder tooMany = new LongAdder();
    private final LongAdder unauthorized = new LongAdder();
    private final LongAdder injectedFailures = new LongAdder();

    void request(String path) {
        total.increment();
        byPath.computeIfAbsent(foldIds(path), p -> new LongAdder()).increment();
    }

    void tooMany() {
        tooMany.increment();
    }

    void unauthorized() {
        unauthorized.increment();
    }

    void injectedFailure() {
        injectedFailures.increment();
    }

    KatanaStats snapshot() {
        Map<String, Long> paths = new TreeMap<>();
        byPath.forEach((path, count) -> paths.put(path, count.sum()));
        return new KatanaStats(total.sum(), tooMany.sum(), unauthorized.sum(), injectedFailures.sum(), paths);
    }

    void reset() {
        byPath.clear();
        total.reset();
        tooMany.reset();
        unauthorized.reset();
        injectedFailures.reset();
    }

    /** Keeps the stats small when a client fetches thousands of records by id. */
    static String foldIds(String path) {
        return path.replaceAll("/\\d+(?=/|$)", "/{id}");
    }
}
