package io.katanaluca.sim.luca;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Open sessions by JSESSIONID. Expired ones are dropped when next looked up. */
final class SessionStore {

    private final Map<String, LucaSession> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong forcedExpiries = new AtomicLong();
    private final Duration lifetime;

    SessionStore(Duration lifetime) {
        this.lifetime = lifetime;
    }

    LucaSession open(Instant now) {
        LucaSession session = new LucaSession(newId(), now.plus(lifetime));
        sessions.put(session.id(), session);
        return session;
    }

    Optional<LucaSession> find(String id, Instant now) {
        LucaSession session = id == null ? null : sessions.get(id);
        if (session != null && session.isExpiredAt(now)) {
            sessions.remove(id, session);
            return Optional.empty();
        }
        return Optional.ofNullable(session);
    }

    /** 32 upper-case hex digits, like the JSESSIONIDs Luca hands out. */
    String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /** Ends every open session before its time; counted as one forced expiry if any was open. */
    void expireAll() {
        int ended = 0;
        for (String id : sessions.keySet()) {
            ended += sessions.remove(id) != null ? 1 : 0;
        }
        if (ended > 0) {
            forcedExpiries.incrementAndGet();
        }
    }

    /** Times {@link #expireAll()} ended at least one session: the expiries a client had to notice. */
    long forcedExpiries() {
        return forcedExpiries.get();
    }

    /** Back to no sessions and no expiries counted. */
    void clear() {
        sessions.clear();
        forcedExpiries.set(0);
    }

    int size() {
        return sessions.size();
    }
}
