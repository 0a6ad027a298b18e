package io.katanaluca.sim.luca;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fault knobs of a running {@link LucaSimulator}, read on every call to the emulated API
 * (never on the admin endpoints). Thread-safe; setters return {@code this} for chaining.
 */
public final class LucaFaults {

    private final LucaSimulatorConfig initial;
    private volatile Duration latency;
    private volatile double failureRate5xx;
    private volatile double htmlErrorRate;
    private volatile double htmlExpiryShare;
    private volatile int maxConcurrent;
    private final AtomicInteger callsBeforeSessionExpiry = new AtomicInteger(-1);
    private final AtomicInteger failuresToSend = new AtomicInteger();
    private final AtomicInteger htmlErrorsToSend = new AtomicInteger();

    LucaFaults(LucaSimulatorConfig initial) {
        this.initial = initial;
        restoreDefaults();
    }

    /** Back to the values the simulator was started with; pending one-shot faults are dropped. */
    public void restoreDefaults() {
        latency = initial.latency();
        failureRate5xx = initial.failureRate5xx();
        htmlErrorRate = initial.htmlErrorRate();
        htmlExpiryShare = initial.htmlExpiryShare();
        maxConcurrent = initial.maxConcurrent();
        callsBeforeSessionExpiry.set(-1);
        failuresToSend.set(0);
        htmlErrorsToSend.set(0);
    }

    /** Slept while the call counts as in flight. */
    public LucaFaults setLatency(Duration latency) {
        this.latency = FaultValues.checkLatency(latency);
        return this;
    }

    /** Share of calls answered HTTP 500 with an HTML error page. */
    public LucaFaults setFailureRate5xx(double share) {
        this.failureRate5xx = FaultValues.checkShare("failureRate5xx", share);
        return this;
    }

    /** Share of calls answered HTTP 200 with the HTML "Beklenmedik bir hata oluştu" page. */
    public LucaFaults setHtmlErrorRate(double share) {
        this.htmlErrorRate = FaultValues.checkShare("htmlErrorRate", share);
        return this;
    }

    /** Share of "not logged in" answers sent as an HTML login page instead of JSON code 1001. */
    public LucaFaults setHtmlExpiryShare(double share) {
        this.htmlExpiryShare = FaultValues.checkShare("htmlExpiryShare", share);
        return this;
    }

    /** Calls in flight above this get HTTP 503; 0 = unlimited. */
    public LucaFaults setMaxConcurrent(int maxConcurrent) {
        this.maxConcurrent = FaultValues.checkMaxConcurrent(maxConcurrent);
        return this;
    }

    /** One shot: after {@code calls} more calls, every session then open expires. */
    public LucaFaults expireSessionsAfterCalls(int calls) {
        callsBeforeSessionExpiry.set(Math.max(0, calls));
        return this;
    }

    /** One shot: the next {@code calls} calls get HTTP 500, so retry tests need no randomness. */
    public LucaFaults failNextCalls(int calls) {
        failuresToSend.set(Math.max(0, calls));
        return this;
    }

    /** One shot: the next {@code calls} calls get the HTTP 200 HTML error page. */
    public LucaFaults htmlErrorOnNextCalls(int calls) {
        htmlErrorsToSend.set(Math.max(0, calls));
        return this;
    }

    public Duration latency() {
        return latency;
    }

    public double failureRate5xx() {
        return failureRate5xx;
    }

    public double htmlErrorRate() {
        return htmlErrorRate;
    }

    public double htmlExpiryShare() {
        return htmlExpiryShare;
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    /** True for exactly one call: the first after the countdown of expireSessionsAfterCalls. */
    boolean takeSessionExpiry() {
        return callsBeforeSessionExpiry.getAndUpdate(left -> left >= 0 ? left - 1 : left) == 0;
    }

    boolean takeFailure(Random random) {
        return takeOne(failuresToSend) || happens(random, failureRate5xx);
    }

    boolean takeHtmlError(Random random) {
        return takeOne(htmlErrorsToSend) || happens(random, htmlErrorRate);
    }

    boolean expiryAsHtml(Random random) {
        return happens(random, htmlExpiryShare);
    }

    boolean isOverLimit(int inFlight) {
        int limit = maxConcurrent;
        return limit > 0 && inFlight > limit;
    }

    private static boolean takeOne(AtomicInteger counter) {
        return counter.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
    }

    private static boolean happens(Random random, double share) {
        return share > 0 && random.nextDouble() < share;
    }
}
