package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.HttpReply;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The emulated {@code /Yetki/<Action>.do} API. Per call: count it, reject it if too many are in
 * flight, sleep the latency and jitter (still in flight), apply the injected faults (forced session
 * expiry, 5xx, HTML error page), check session and branch, run the action, and for a write action
 * maybe lose its reply.
 */
final class LucaApiHandler {

    record Route(LucaAction.Access access, LucaAction action) {
    }

    private final Map<String, Route> routes;
    private final SessionStore sessions;
    private final LucaFaults faults;
    private final ConcurrencyGauge gauge;
    private final CallCounters counters;
    private final Clock clock;
    private final Random random;

    LucaApiHandler(Map<String, Route> routes, SessionStore sessions, LucaFaults faults, ConcurrencyGauge gauge,
            CallCounters counters, Clock clock, long seed) {
        this.routes = Map.copyOf(routes);
        this.sessions = sessions;
        this.faults = faults;
        this.gauge = gauge;
        this.counters = counters;
        this.clock = clock;
        this.random = new Random(seed);
    }

    HttpReply handle(LucaCall call) {
        counters.record(call.action());
        int inFlight = gauge.enter();
        try {
            if (faults.isOverLimit(inFlight)) {
                return LucaReplies.html(503, LucaPages.OVERLOADED);
            }
            sleep(faults.delayMillis(random));
            return faultOr(call);
        } finally {
            gauge.exit();
        }
    }

    private HttpReply faultOr(LucaCall call) {
        if (faults.takeSessionExpiry() || faults.takePeriodicExpiry()) {
            sessions.expireAll();
        }
        if (faults.takeFailure(random)) {
            counters.recordServerError();
            return LucaReplies.html(500, LucaPages.SERVER_ERROR);
        }
        if (faults.takeHtmlError(random)) {
            counters.recordHtmlError();
            return LucaReplies.html(200, LucaPages.UNEXPECTED_ERROR);
        }
        return dispatch(call);
    }

    /** Struts resolves the action before any interceptor, so an unknown name fails even without a session. */
    private HttpReply dispatch(LucaCall call) {
        Route route = routes.get(call.action());
        if (route == null) {
            return LucaReplies.html(200, LucaPages.unknownAction(call.action()));
        }
        Optional<LucaSession> session = sessions.find(call.sessionId(), clock.instant());
        if (route.access() != LucaAction.Access.ANYONE && session.isEmpty()) {
            return notLoggedIn();
        }
        if (route.access() == LucaAction.Access.BRANCH_SELECTED && !session.get().hasBranch()) {
            return LucaReplies.branchRequired();
        }
        HttpReply reply = route.action().handle(call.withSession(session.orElse(null)));
        return isWrite(call.action()) && faults.takeLostReply(call.action(), random) ? lostReply() : reply;
    }

    /** By Luca's naming: Ekle (add), Guncelle (update, the branch change included) and Sil (delete). */
    static boolean isWrite(String action) {
        return action.startsWith("Ekle") || action.startsWith("Guncelle") || action.startsWith("Sil");
    }

    private HttpReply lostReply() {
        counters.recordLostReply();
        return HttpReply.connectionDropped();
    }

    /**
     * Luca hands out a fresh (not logged-in) JSESSIONID with this answer, which fools clients
     * that take "has a JSESSIONID" for "is logged in".
     */
    private HttpReply notLoggedIn() {
        HttpReply reply = faults.expiryAsHtml(random) ? LucaReplies.html(200, LucaPages.LOGIN)
                : LucaReplies.notLoggedIn();
        return LucaReplies.withSession(reply, sessions.newId());
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
