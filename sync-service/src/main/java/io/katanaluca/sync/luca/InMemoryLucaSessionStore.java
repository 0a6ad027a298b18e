package io.katanaluca.sync.luca;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The session store of a single node: the session and the login lock live in this process. */
public class InMemoryLucaSessionStore implements LucaSessionStore {

    private final Clock clock;
    private LucaSession session;
    private String lockHolder;
    private Instant lockedUntil = Instant.MIN;

    public InMemoryLucaSessionStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<LucaSession> current() {
        return Optional.ofNullable(session).filter(stored -> stored.isValidAt(clock.instant()));
    }

    @Override
    public synchronized void save(LucaSession fresh) {
        session = fresh;
    }

    @Override
    public synchronized void discard(LucaSession stale) {
        if (session != null && session.sessionId().equals(stale.sessionId())) {
            session = null;
        }
    }

    @Override
    public synchronized boolean tryLockLogin(String holder, Duration lease) {
        Instant now = clock.instant();
        if (lockHolder != null && !holder.equals(lockHolder) && now.isBefore(lockedUntil)) {
            return false;
        }
        lockHolder = holder;
        lockedUntil = now.plus(lease);
        return true;
    }

    @Override
    public synchronized void unlockLogin(String holder) {
        if (holder.equals(lockHolder)) {
            lockHolder = null;
        }
    }
}
