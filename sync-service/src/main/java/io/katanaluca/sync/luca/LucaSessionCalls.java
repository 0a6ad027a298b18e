package io.katanaluca.sync.luca;

import io.katanaluca.sync.luca.LucaReplyClassifier.Verdict;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.remote.Setbacks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Makes a call with the shared session. When the reply shows the session expired, asks the manager
 * for a new one (one login however many callers noticed) and replays the request once: Luca checks
 * the session before the action, so an expired call did nothing, even an unrepeatable create. Transient
 * failures are not retried here, the sync run's Retry owns that decision. An unrepeatable request that
 * may have reached Luca and got no usable answer fails with {@link LucaWriteOutcomeUnknownException};
 * one whose connection could not even be made fails transiently, as it was never sent.
 */
class LucaSessionCalls {

    private static final Logger log = LoggerFactory.getLogger(LucaSessionCalls.class);

    private final LucaHttp http;
    private final LucaSessionManager sessions;

    LucaSessionCalls(LucaHttp http, LucaSessionManager sessions) {
        this.http = http;
        this.sessions = sessions;
    }

    JsonNode call(LucaRequest request) {
        LucaSession session = sessions.activeSession();
        Verdict verdict = send(request, session);
        if (verdict.isExpired()) {
            log.info("Luca session {} expired on {} ({}); logging in again and replaying once",
                    session.maskedId(), request.endpoint(), verdict.reason());
            Setbacks.note("session expired");
            verdict = send(request, sessions.refreshAfterExpiry(session));
            if (verdict.isExpired()) {
                throw LucaFailures.sessionExpired(request.endpoint(),
                        "the session expired again right after a new login: " + verdict.reason());
            }
        }
        return verdict.jsonOrThrow(request);
    }

    private Verdict send(LucaRequest request, LucaSession session) {
        try {
            return LucaReplyClassifier.classify(http.post(request, session.sessionId()));
        } catch (RemoteCallException noReply) {
            throw mayHaveRun(request, noReply) ? LucaFailures.outcomeUnknown(request.endpoint(), noReply.reason(), noReply) : noReply;
        }
    }

    /** Sent, or partly: a connection that was made and then broke or timed out. */
    private static boolean mayHaveRun(LucaRequest request, RemoteCallException noReply) {
        return request.unrepeatable() && noReply.isTransient() && !noReply.couldNotConnect();
    }
}
