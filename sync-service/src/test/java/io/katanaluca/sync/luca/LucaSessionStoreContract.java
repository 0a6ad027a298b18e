package io.katanaluca.sync.luca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every Luca session store does, in-process or shared by a cluster, and what the session
 * manager makes of it: one login for every node, a lock whose lease outlives a dead holder.
 * Runs on the real clock because Redis expires keys on its own.
 */
public abstract class LucaSessionStoreContract {

    private static final LucaProperties PROPS = new LucaProperties("http://127.0.0.1:1/Yetki", "1", "u", "p", null,
            Duration.ofMinutes(20), Duration.ofMinutes(2), Duration.ofSeconds(1), Duration.ofSeconds(1), StandardCharsets.UTF_8);

    protected final Clock clock = Clock.systemUTC();
    private final AtomicInteger logins = new AtomicInteger();

    /** A new, empty store. */
    protected abstract LucaSessionStore newStore();

    /** A second view of the same storage, as another node would have. */
    protected abstract LucaSessionStore sameStorageAs(LucaSessionStore store);

    @Test
    void shouldHoldNoSessionAtFirst() {
        assertThat(newStore().current()).isEmpty();
    }

    @Test
    void shouldGiveBackTheSavedSessionToAnotherNode() {
        LucaSessionStore store = newStore();
        LucaSession session = session("A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6", Duration.ofMinutes(20));

        store.save(session);

        assertThat(sameStorageAs(store).current()).contains(session);
    }

    @Test
    void shouldForgetASessionOnceItExpired() {
        LucaSessionStore store = newStore();

        store.save(session("SHORT-LIVED-SESSION-0001", Duration.ofMillis(300)));

        await().atMost(Duration.ofSeconds(3)).until(() -> store.current().isEmpty());
    }

    @Test
    void shouldDiscardOnlyTheStaleSessionAndKeepANewerOne() {
        LucaSessionStore store = newStore();
        LucaSession stale = session("STALE-SESSION-000000000001", Duration.ofMinutes(20));
        LucaSession newer = session("NEWER-SESSION-000000000002", Duration.ofMinutes(20));
        store.save(stale);
        store.save(newer);

        store.discard(stale);
        assertThat(store.current()).contains(newer);

        store.discard(newer);
        assertThat(store.current()).isEmpty();
    }

    @Test
    void shouldGiveTheLoginLockToOneHolderAtATime() {
        LucaSessionStore nodeA = newStore();
        LucaSessionStore nodeB = sameStorageAs(nodeA);

        assertThat(nodeA.tryLockLogin("a", Duration.ofMinutes(1))).isTrue();
        assertThat(nodeB.tryLockLogin("b", Duration.ofMinutes(1))).isFalse();
        nodeB.unlockLogin("b");
        assertThat(nodeB.tryLockLogin("b", Duration.ofMinutes(1))).isFalse();

        nodeA.unlockLogin("a");
        assertThat(nodeB.tryLockLogin("b", Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void shouldFreeTheLoginLockOfAHolderThatDiedAfterItsLease() {
        LucaSessionStore store = newStore();
        store.tryLockLogin("died-while-logging-in", Duration.ofMillis(300));

        await().atMost(Duration.ofSeconds(3)).until(() -> sameStorageAs(store).tryLockLogin("survivor", Duration.ofMinutes(1)));
    }

    @Test
    void shouldLogInOnceForTwoNodesThatNeedASessionAtTheSameTime() throws Exception {
        LucaSessionStore store = newStore();
        LucaSessionManager nodeA = new LucaSessionManager(new CountingLogin(), PROPS, clock, store);
        LucaSessionManager nodeB = new LucaSessionManager(new CountingLogin(), PROPS, clock, sameStorageAs(store));

        List<String> sessionIds = concurrently(nodeA, nodeB);

        assertThat(logins.get()).isEqualTo(1);
        assertThat(sessionIds).hasSize(20).containsOnly(sessionIds.get(0));
    }

    @Test
    void shouldTakeTheSessionAnotherNodeLoggedInWithAfterAnExpiry() {
        LucaSessionStore store = newStore();
        LucaSessionManager nodeA = new LucaSessionManager(new CountingLogin(), PROPS, clock, store);
        LucaSessionManager nodeB = new LucaSessionManager(new CountingLogin(), PROPS, clock, sameStorageAs(store));
        LucaSession first = nodeA.activeSession();
        assertThat(nodeB.activeSession().sessionId()).isEqualTo(first.sessionId());

        LucaSession second = nodeB.refreshAfterExpiry(first);
        LucaSession seenByA = nodeA.refreshAfterExpiry(first);

        assertThat(second.sessionId()).isNotEqualTo(first.sessionId());
        assertThat(seenByA.sessionId()).isEqualTo(second.sessionId());
        assertThat(logins.get()).isEqualTo(2);
    }

    @Test
    void shouldLogInOnceTheLeaseOfANodeThatDiedWhileLoggingInRanOut() {
        LucaSessionStore store = newStore();
        store.tryLockLogin("died-while-logging-in", Duration.ofMillis(500));
        LucaSessionManager survivor = new LucaSessionManager(new CountingLogin(), PROPS, clock, sameStorageAs(store));

        Instant before = clock.instant();
        survivor.activeSession();

        assertThat(logins.get()).isEqualTo(1);
        assertThat(Duration.between(before, clock.instant())).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    private LucaSession session(String id, Duration lifetime) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new LucaSession(id, now, now.plus(lifetime));
    }

    private static List<String> concurrently(LucaSessionManager nodeA, LucaSessionManager nodeB) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                LucaSessionManager node = i % 2 == 0 ? nodeA : nodeB;
                futures.add(pool.submit(() -> node.activeSession().sessionId()));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> future : futures) {
                ids.add(future.get());
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A login that takes a moment, so that callers on both nodes overlap with it; counts across nodes. */
    private final class CountingLogin extends LucaLoginClient {

        CountingLogin() {
            super(null, PROPS);
        }

        @Override
        String login() {
            int number = logins.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "SESSION-" + number + "-ABCDEF0123456789";
        }
    }
}
