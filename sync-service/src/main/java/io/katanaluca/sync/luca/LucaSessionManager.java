package io.katanaluca.sync.luca;

import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.remote.SharedRemoteCallException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Luca session every caller shares (a singleton). Logins are single-flight: callers that
 * need a session while a login runs wait for that login and share its outcome, success or failure,
 * so an expiry seen by 50 threads costs one login, not 50 (the earlier system's re-login storms).
 * A session is renewed {@code refreshBefore} ahead of its assumed lifetime, and at once when a reply
 * shows Luca dropped it earlier.
 *
 * <p>With several nodes the session lives in a shared {@link LucaSessionStore}: a node uses its own
 * copy while it is fresh, takes the stored one when it needs a new one, and logs in only when the
 * store has none either, holding the store's login lock, so the cluster logs in once.
 */
public class LucaSessionManager {

    private static final Logger log = LoggerFactory.getLogger(LucaSessionManager.class);

    private final LucaLoginClient login;
    private final LucaProperties props;
    private final Clock clock;
    private final LucaSessionStore store;
    private final String lockHolder = UUID.randomUUID().toString();
    private final Duration loginLease;
    private final ReentrantLock loginLock = new ReentrantLock();

    private volatile LucaSession current;
    private volatile long loginAttempts;
    private volatile long loginCount;
    private volatile long refreshCount;
    private volatile Instant lastRefreshAt;
    private RuntimeException lastLoginFailure; // guarded by loginLock

    public LucaSessionManager(LucaLoginClient login, LucaProperties props, Clock clock) {
        this(login, props, clock, new InMemoryLucaSessionStore(clock));
    }

    public LucaSessionManager(LucaLoginClient login, LucaProperties props, Clock clock, LucaSessionStore store) {
        this.login = login;
        this.props = props;
        this.clock = clock;
        this.store = store;
        // A login is three calls (login, branch list, branch change), each bounded by the timeouts.
        this.loginLease = props.connectTimeout().plus(props.readTimeout()).multipliedBy(3);
    }

    /** A session fit to use now: the current one, or a new one if there is none or it is about to expire. */
    public LucaSession activeSession() {
        long attemptsSeen = loginAttempts;
        LucaSession session = current;
        return isFresh(session) ? session : loginOnce(attemptsSeen, null);
    }

    /**
     * A reply made with {@code stale} showed Luca no longer knows it. Logs in again only if no
     * other caller has replaced that session already; otherwise returns the replacement.
     */
    public LucaSession refreshAfterExpiry(LucaSession stale) {
        long attemptsSeen = loginAttempts;
        return loginOnce(attemptsSeen, stale);
    }

    /** Logs in again now, whatever the state of the current session: the seed's forced refresh, for an operator. */
    public LucaSession refresh() {
        return refreshAfterExpiry(current);
    }

    public boolean isSessionValid() {
        LucaSession session = current;
        return session != null && session.isValidAt(clock.instant());
    }

    public SessionStats stats() {
        LucaSession session = current;
        return session == null
                ? SessionStats.none(refreshCount, lastRefreshAt)
                : SessionStats.of(session, clock.instant(), refreshCount, lastRefreshAt);
    }

    /** Successful logins since start. */
    public long loginCount() {
        return loginCount;
    }

    /** Callers blocked behind a running login (what single-flight saves; also what the tests wait for). */
    int callersWaitingForLogin() {
        return loginLock.getQueueLength();
    }

    private LucaSession loginOnce(long attemptsSeen, LucaSession stale) {
        loginLock.lock();
        try {
            if (stale != null && isCurrent(stale)) {
                current = null;
                store.discard(stale);
            }
            LucaSession session = current;
            if (isFresh(session)) {
                return session;
            }
            if (loginAttempts != attemptsSeen && lastLoginFailure != null) {
                throw shared(lastLoginFailure); // the login we waited for failed: share its failure, don't start another
            }
            return storedOrNewSession(stale);
        } finally {
            loginLock.unlock();
        }
    }

    /** Another node's session if the store has a fresh one, else a login under the store's lock (then it may have one). */
    private LucaSession storedOrNewSession(LucaSession stale) {
        LucaSession stored = freshStoredSession(stale);
        if (stored != null) {
            return adopt(stored);
        }
        lockLoginAcrossNodes();
        try {
            stored = freshStoredSession(stale);
            return stored != null ? adopt(stored) : logIn();
        } finally {
            store.unlockLogin(lockHolder);
        }
    }

    private LucaSession freshStoredSession(LucaSession stale) {
        return store.current()
                .filter(stored -> stale == null || !stored.sessionId().equals(stale.sessionId()))
                .filter(this::isFresh)
                .orElse(null);
    }

    private LucaSession adopt(LucaSession stored) {
        current = stored;
        log.debug("Luca session {} taken from the shared store", stored.maskedId());
        return stored;
    }

    private void lockLoginAcrossNodes() {
        while (!store.tryLockLogin(lockHolder, loginLease)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                CancellationException cancelled = new CancellationException("Interrupted while another node logged in to Luca");
                cancelled.initCause(e);
                throw cancelled;
            }
        }
    }

    private LucaSession logIn() {
        Instant startedAt = clock.instant();
        lastLoginFailure = null;
        try {
            return replaceSession(new LucaSession(login.login(), startedAt, startedAt.plus(props.sessionLifetime())));
        } catch (RuntimeException e) {
            lastLoginFailure = e;
            throw e;
        } finally {
            // Counted only when done: a caller that looked while this login ran waits for it and shares its outcome.
            loginAttempts++;
        }
    }

    private LucaSession replaceSession(LucaSession fresh) {
        if (loginCount > 0) {
            refreshCount++;
            lastRefreshAt = fresh.createdAt();
        }
        loginCount++;
        current = fresh;
        store.save(fresh);
        log.debug("Luca session {} in use until {}", fresh.maskedId(), fresh.expiresAt());
        return fresh;
    }

    /** What a caller that waited for another's login gets: that login's failure, counted against Luca once. */
    private static RuntimeException shared(RuntimeException loginFailure) {
        return loginFailure instanceof RemoteCallException remote ? new SharedRemoteCallException(remote) : loginFailure;
    }

    private boolean isCurrent(LucaSession session) {
        LucaSession mine = current;
        return mine != null && mine.sessionId().equals(session.sessionId());
    }

    private boolean isFresh(LucaSession session) {
        return session != null && !session.isAboutToExpireAt(clock.instant(), props.refreshBefore());
    }
}
