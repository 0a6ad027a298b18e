package io.katanaluca.sync.luca;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the one Luca session lives, with the lock that keeps its login single-flight: in this
 * process for one node, in Redis or the database for a cluster, so that every node reuses one
 * session and only one of them logs in. The lock has a lease: a node that dies while logging in
 * blocks the others for one lease at most.
 */
public interface LucaSessionStore {

    /** The stored session, if any; it may be about to expire, the caller judges that. */
    Optional<LucaSession> current();

    void save(LucaSession session);

    /** Forgets {@code stale} only while it is still the stored one: a newer session saved meanwhile stays. */
    void discard(LucaSession stale);

    /** Takes the login lock for {@code lease} unless someone else holds it; true when {@code holder} has it now. */
    boolean tryLockLogin(String holder, Duration lease);

    /** Gives the login lock back if {@code holder} still has it. */
    void unlockLogin(String holder);
}
