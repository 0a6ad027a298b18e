package io.katanaluca.sim.luca;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fault knobs of a running {@link LucaSimulator}, read on every call to the emulated API
 * (never on the admin endpoints). Thread-safe; setters return {@code this} for chaining.
 */
public final class LucaFaults {

    private final LucaSimulatorConfig initial;
    private final Clock clock;
    private volatile Duration latency;
    private volatile Duration latencyJitter;
    private volatile Duration sessionExpiryInterval;
    private final AtomicReference<Instant> nextPeriodicExpiry = new AtomicReference<>();
    private volatile double failureRate5xx;
    private volatile double htmlErrorRate;
    private volatile double htmlExpiryShare;
    private volatile int maxConcurrent;
    private volatile double lostReplyRate;
    private volatile Set<String> lostReplyActions = Set.of();
    private final AtomicInteger callsBeforeSessionExpiry = new AtomicInteger(-1);
    private final AtomicInteger failuresToSend = new AtomicInteger();
    private final AtomicInteger htmlErrorsToSend = new AtomicInteger();
    private final AtomicInteger repliesToLose = new AtomicInteger();

    LucaFaults(LucaSimulatorConfig initial, Clock clock) {
        this.initial = initial;
        this.clock = clock;
        restoreDefaults();
    }

    /** Back to the values the simulator was started with; pending one-shot faults are dropped. */
    public void restoreDefaults() {
        latency = initial.latency();
        latencyJitter = initial.latencyJitter();
        setSessionExpiryInterval(initial.sessionExpiryInterval());
        failureRate5xx = initial.failureRate5xx();
        htmlErrorRate = initial.htmlErrorRate();
        htmlExpiryShare = initial.htmlExpiryShare();
        maxConcurrent = initial.maxConcurrent();
        lostReplyRate = initial.lostReplyRate();
        lostReplyActions = Set.of();
        callsBeforeSessionExpiry.set(-1);
        failuresToSend.set(0);
        htmlErrorsToSend.set(0);
        repliesToLose.set(0);
    }

    /** Slept while the call counts as in flight. */
    public LucaFaults setLatency(Duration latency) {
        this.latency = FaultValues.checkLatency(latency);
        return this;
    }

    /** Each call sleeps the latency plus a uniformly drawn 0..{@code jitter} more. */
    public LucaFaults setLatencyJitter(Duration jitter) {
        this.latencyJitter = FaultValues.checkLatency(jitter);
        return this;
    }

    /**
     * Every {@code interval} from now on, all open sessions end (at the first call after each tick,
     * which is what a client can tell apart); zero switches it off.
     */
    public LucaFaults setSessionExpiryInterval(Duration interval) {
        this.sessionExpiryInterval = FaultValues.checkInterval(interval);
        nextPeriodicExpiry.set(interval.isZero() ? null : clock.instant().plus(interval));
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

    /**
     * Share of calls to write actions ({@code Ekle*}, {@code Guncelle*}, {@code Sil*}) that run, and
     * so change what Luca holds, but whose reply is lost: the connection closes without an answer.
     * Calls refused before the action (session, branch, the other faults) keep their reply.
     */
    public LucaFaults setLostReplyRate(double share) {
        this.lostReplyRate = FaultValues.checkShare("lostReplyRate", share);
        return this;
    }

    /**
     * The write actions whose replies the lost-reply faults ({@link #setLostReplyRate}, {@link #loseNextReplies})
     * may lose, e.g. only {@code EkleFtrWsFaturaBaslik.do} so that a test's count is of invoice creates alone
     * (not the branch change at each login); empty (the default) = every write action.
     */
    public LucaFaults setLostReplyActions(Set<String> actions) {
        this.lostReplyActions = Set.copyOf(actions);
        return this;
    }

    /** One shot: after each of the next {@code calls} write actions has run, its connection closes unanswered. */
    public LucaFaults loseNextReplies(int calls) {
        repliesToLose.set(Math.max(0, calls));
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

    public Duration latencyJitter() {
        return latencyJitter;
    }

    public Duration sessionExpiryInterval() {
        return sessionExpiryInterval;
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

    public double lostReplyRate() {
        return lostReplyRate;
    }

    /** Empty: every write action. */
    public Set<String> lostReplyActions() {
        return lostReplyActions;
    }

    /** True for exactly one call: the first after the countdown of expireSessionsAfterCalls. */
    boolean takeSessionExpiry() {
        return callsBeforeSessionExpiry.getAndUpdate(left -> left >= 0 ? left - 1 : left) == 0;
    }

    /** True for the first call at or after a tick of the periodic expiry; ticks that passed without a call count once. */
    boolean takePeriodicExpiry() {
        Instant due = nextPeriodicExpiry.get();
        Instant now = clock.instant();
        if (due == null || now.isBefore(due)) {
            return false;
        }
        Duration every = sessionExpiryInterval;
        long ticksPassed = every.isZero() ? 1 : Duration.between(due, now).toNanos() / every.toNanos() + 1;
        return nextPeriodicExpiry.compareAndSet(due, due.plus(every.multipliedBy(ticksPassed)));
    }

    /** The latency plus this call's share of the jitter, in milliseconds. */
    long delayMillis(Random random) {
        long jitter = latencyJitter.toMillis();
        return latency.toMillis() + (jitter > 0 ? random.nextLong(jitter + 1) : 0);
    }

    boolean takeFailure(Random random) {
        return takeOne(failuresToSend) || happens(random, failureRate5xx);
    }

    boolean takeHtmlError(Random random) {
        return takeOne(htmlErrorsToSend) || happens(random, htmlErrorRate);
    }

    /** Asked only once a write action has run; an action outside {@link #lostReplyActions()} uses no one-shot. */
    boolean takeLostReply(String action, Random random) {
        Set<String> actions = lostReplyActions;
        return (actions.isEmpty() || actions.contains(action)) && (takeOne(repliesToLose) || happens(random, lostReplyRate));
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
