package io.katanaluca.sim.luca;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Calls received per action, whatever the answer, the injected HTTP 500s and HTML error pages, and the replies the lost-reply fault swallowed. */
final class CallCounters {

    private final Map<String, LongAdder> byAction = new ConcurrentHashMap<>();
    private final LongAdder lostReplies = new LongAdder();
    private final LongAdder serverErrors = new LongAdder();
    private final LongAdder htmlErrors = new LongAdder();

    void record(String action) {
        byAction.computeIfAbsent(action, a -> new LongAdder()).increment();
    }

    long count(String action) {
        LongAdder adder = byAction.get(action);
        return adder == null ? 0 : adder.sum();
    }

    Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        byAction.forEach((action, adder) -> counts.put(action, adder.sum()));
        return counts;
    }

    void recordLostReply() {
        lostReplies.increment();
    }

    long lostReplies() {
        return lostReplies.sum();
    }

    void recordServerError() {
        serverErrors.increment();
    }

    long serverErrors() {
        return serverErrors.sum();
    }

    void recordHtmlError() {
        htmlErrors.increment();
    }

    long htmlErrors() {
        return htmlErrors.sum();
    }

    void reset() {
        byAction.clear();
        lostReplies.reset();
        serverErrors.reset();
        htmlErrors.reset();
    }
}
