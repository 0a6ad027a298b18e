package io.katanaluca.sync.luca;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_ONE;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_THREE;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_TWO;
import static io.katanaluca.sync.luca.FakeLuca.called;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.katanaluca.sync.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LucaSessionManagerTest {

    @RegisterExtension
    static WireMockExtension wm = FakeLuca.server();

    private static final Instant START = Instant.parse("2025-12-07T19:00:00Z");

    private final FakeLuca luca = new FakeLuca(wm);
    private final MutableClock clock = new MutableClock(START);
    private FakeLuca.Wiring wiring;

    @BeforeEach
    void setUp() {
        luca.acceptsLoginsIssuing(SESSION_ONE, SESSION_TWO, SESSION_THREE);
        wiring = luca.wire(luca.props(), clock);
    }

    @Test
    void shouldLogInOnFirstUseAndKeepTheSessionWhileFresh() {
        // when
        LucaSession first = wiring.sessions().activeSession();
        clock.advance(Duration.ofMinutes(10));
        LucaSession second = wiring.sessions().activeSession();

        // then
        assertThat(second).isSameAs(first);
        assertThat(first.sessionId()).isEqualTo(SESSION_ONE);
        assertThat(first.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(20)));
        luca.verifyLogins(1);
    }

    @Test
    void shouldRefreshProactivelyOnceWithinRefreshBeforeOfTheExpiry() {
        // given: a 20 minute session renewed 2 minutes early
        wiring.sessions().activeSession();

        // when: 17:59 in, the session is kept
        clock.advance(Duration.ofMinutes(17).plusSeconds(59));
        LucaSession at1759 = wiring.sessions().activeSession();

        // then
        assertThat(at1759.sessionId()).isEqualTo(SESSION_ONE);
        luca.verifyLogins(1);

        // when: 18:01 in, a new login happens before Luca ever says the session expired
        clock.advance(Duration.ofSeconds(2));
        luca.answers("ListeleStkSkart.do", SESSION_TWO, okJson("[]"));
        wiring.client().listStockCards();

        // then
        luca.verifyLogins(2);
        luca.verify(1, called("ListeleStkSkart.do").withCookie("JSESSIONID", equalTo(SESSION_TWO)));
        assertThat(wiring.sessions().stats().refreshCount()).isEqualTo(1);
        assertThat(wiring.sessions().stats().lastRefreshAt()).isEqualTo(START.plus(Duration.ofMinutes(18).plusSeconds(1)));
    }

    @Test
    void shouldReturnTheReplacementWithoutLoggingInWhenAnotherCallerAlreadyRefreshed() {
        // given
        LucaSession stale = wiring.sessions().activeSession();
        LucaSession replacement = wiring.sessions().refreshAfterExpiry(stale);

        // when
        LucaSession late = wiring.sessions().refreshAfterExpiry(stale);

        // then
        assertThat(late).isSameAs(replacement);
        assertThat(replacement.sessionId()).isEqualTo(SESSION_TWO);
        luca.verifyLogins(2);
    }

    @Test
    void shouldReportValidityAndStatsOverTime() {
        // given
        assertThat(wiring.sessions().isSessionValid()).isFalse();
        assertThat(wiring.sessions().stats().currentSessionId()).isNull();
        wiring.sessions().activeSession();

        // when
        clock.advance(Duration.ofMinutes(5));
        SessionStats stats = wiring.sessions().stats();

        // then
        assertThat(stats.currentSessionId()).isEqualTo("ONE1...001");
        assertThat(stats.remainingTime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(stats.isValid()).isTrue();
        assertThat(stats.refreshCount()).isZero();
        assertThat(stats.lastRefreshAt()).isNull();
        assertThat(wiring.sessions().isSessionValid()).isTrue();

        // when: past the expiry with no call in between
        clock.advance(Duration.ofMinutes(16));

        // then
        assertThat(wiring.sessions().isSessionValid()).isFalse();
        assertThat(wiring.sessions().stats().remainingTime()).isZero();
    }
}
