package io.katanaluca.sync.luca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sync.MutableClock;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.remote.SharedRemoteCallException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The manager's single-flight logins, with a login the test holds open: no HTTP, no sleeping. */
class LucaSessionManagerSingleFlightTest {

    private static final int CALLERS = 20;
    private static final LucaProperties PROPS = new LucaProperties("http://127.0.0.1:1/Yetki", "1", "u", "p", null,
            Duration.ofMinutes(20), Duration.ofMinutes(2), Duration.ofSeconds(1), Duration.ofSeconds(1), StandardCharsets.UTF_8);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-12-07T19:00:00Z"));

    @Test
    void shouldLetConcurrentCallersShareOneLogin() throws Exception {
        // given: a login that returns only once every other caller is queued behind it
        GatedLogin login = new GatedLogin(() -> "SESSION-0000000000-1");
        LucaSessionManager sessions = new LucaSessionManager(login, PROPS, clock);

        // when
        List<Object> outcomes = concurrently(() -> sessions.activeSession(), sessions, login);

        // then
        assertThat(login.calls.get()).isEqualTo(1);
        assertThat(outcomes).hasSize(CALLERS)
                .allSatisfy(outcome -> assertThat(((LucaSession) outcome).sessionId()).isEqualTo("SESSION-0000000000-1"));
    }

    @Test
    void shouldShareAFailedLoginWithTheCallersThatWaitedForIt() throws Exception {
        // given
        GatedLogin login = new GatedLogin(() -> {
            throw RemoteCallException.transientFailure("Luca", "Giris.do", "connection refused", null);
        });
        LucaSessionManager sessions = new LucaSessionManager(login, PROPS, clock);

        // when
        List<Object> outcomes = concurrently(() -> sessions.activeSession(), sessions, login);

        // then: one attempt, and every waiting caller got its failure instead of starting its own
        assertThat(login.calls.get()).isEqualTo(1);
        assertThat(outcomes).hasSize(CALLERS)
                .allSatisfy(outcome -> assertThat((Throwable) outcome).hasMessageContaining("connection refused"));
        assertThat(outcomes).as("a circuit breaker counts the failure once, for the caller that logged in")
                .filteredOn(outcome -> !(outcome instanceof SharedRemoteCallException)).hasSize(1);
    }

    @Test
    void shouldLogInAgainOnTheNextCallAfterAFailedLogin() {
        // given
        LucaSessionManager sessions = new LucaSessionManager(loginsFailingOnAttempt(1), PROPS, clock);
        assertThatThrownBy(sessions::activeSession).isInstanceOf(RemoteCallException.class);

        // when
        LucaSession session = sessions.activeSession();

        // then
        assertThat(session.sessionId()).isEqualTo("SESSION-0000000000-2");
        assertThat(sessions.loginCount()).isEqualTo(1);
    }

    @Test
    void shouldNotHandOutTheStaleSessionAgainWhenTheLoginAfterExpiryFails() {
        // given
        LucaSessionManager sessions = new LucaSessionManager(loginsFailingOnAttempt(2), PROPS, clock);
        LucaSession stale = sessions.activeSession();

        // when
        assertThatThrownBy(() -> sessions.refreshAfterExpiry(stale)).isInstanceOf(RemoteCallException.class);

        // then
        assertThat(sessions.isSessionValid()).isFalse();
        assertThat(sessions.activeSession().sessionId()).isEqualTo("SESSION-0000000000-3");
    }

    private static LucaLoginClient loginsFailingOnAttempt(int failing) {
        AtomicInteger attempt = new AtomicInteger();
        return new LucaLoginClient(null, PROPS) {
            @Override
            String login() {
                if (attempt.incrementAndGet() == failing) {
                    throw RemoteCallException.transientFailure("Luca", "Giris.do", "timeout", null);
                }
                return "SESSION-0000000000-" + attempt.get();
            }
        };
    }

    /** Runs {@code call} on {@link #CALLERS} threads; each outcome is the result or the exception thrown. */
    private static List<Object> concurrently(Callable<Object> call, LucaSessionManager sessions, GatedLogin login) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                futures.add(pool.submit(() -> outcomeOf(call)));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> sessions.callersWaitingForLogin() == CALLERS - 1);
            login.release();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(10, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object outcomeOf(Callable<Object> call) {
        try {
            return call.call();
        } catch (Exception e) {
            return e;
        }
    }

    /** A login that does not return until the test releases it. */
    private static final class GatedLogin extends LucaLoginClient {

        private final Supplier<String> outcome;
        private final CountDownLatch released = new CountDownLatch(1);
        private final AtomicInteger calls = new AtomicInteger();

        GatedLogin(Supplier<String> outcome) {
            super(null, PROPS);
            this.outcome = outcome;
        }

        @Override
        String login() {
            calls.incrementAndGet();
            try {
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return outcome.get();
        }

        void release() {
            released.countDown();
        }
    }
}
