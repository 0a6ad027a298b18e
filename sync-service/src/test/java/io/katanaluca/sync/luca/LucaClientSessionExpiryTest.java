package io.katanaluca.sync.luca;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_ONE;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_THREE;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_TWO;
import static io.katanaluca.sync.luca.FakeLuca.call;
import static io.katanaluca.sync.luca.FakeLuca.called;
import static io.katanaluca.sync.luca.FakeLuca.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.katanaluca.sync.MutableClock;
import io.katanaluca.sync.remote.RemoteCallException;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LucaClientSessionExpiryTest {

    @RegisterExtension
    static WireMockExtension wm = FakeLuca.server();

    static final String LOGIN_PAGE = "<!DOCTYPE html><html><head><title>Luca Koza - Giriş</title></head>"
            + "<body><form action=\"Giris.do\"><input name=\"uyeNo\"><input name=\"kullaniciAdi\">"
            + "<input type=\"password\" name=\"sifre\"></form></body></html>";
    static final String CARDS = "[{\"skartId\":1,\"kod\":\"SKU-1\",\"kartAdi\":\"Vida\"}]";

    private final FakeLuca luca = new FakeLuca(wm);
    private FakeLuca.Wiring wiring;

    @BeforeEach
    void setUp() {
        luca.acceptsLoginsIssuing(SESSION_ONE, SESSION_TWO, SESSION_THREE);
        wiring = luca.wire(luca.props(), new MutableClock(Instant.parse("2025-12-07T19:00:00Z")));
    }

    static Stream<Arguments> expiryReplies() {
        return Stream.of(
                Arguments.of("code 1001", okJson("{\"code\":1001,\"message\":\"Login olunmalı.\"}")),
                Arguments.of("code 1002", okJson("{\"code\":1002,\"message\":\"Login olunmalı.\"}")),
                Arguments.of("code 1003", okJson("{\"code\":1003,\"message\":\"Şirket şube seçimi yapılmalı.\"}")),
                Arguments.of("message only", okJson("{\"message\":\"Login olunmalı.\"}")),
                Arguments.of("HTML login page", html(LOGIN_PAGE)),
                Arguments.of("HTTP 401", status(401)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expiryReplies")
    void shouldLogInOnceAndReplayOnceWhenTheReplyShowsAnExpiredSession(String form, ResponseDefinitionBuilder expired) {
        // given: the first listing answers "expired", the next (made with the new session) answers the list
        luca.stub(call("ListeleStkSkart.do").inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                .withCookie("JSESSIONID", equalTo(SESSION_ONE)).willReturn(expired).willSetStateTo("renewed"));
        luca.stub(call("ListeleStkSkart.do").inScenario("expiry").whenScenarioStateIs("renewed")
                .withCookie("JSESSIONID", equalTo(SESSION_TWO)).willReturn(okJson(CARDS)));

        // when
        var cards = wiring.client().listStockCards();

        // then
        assertThat(cards).containsExactly(new LucaStockCard(1, "SKU-1", "Vida"));
        luca.verifyLogins(2);
        luca.verify(2, called("ListeleStkSkart.do"));
        assertThat(wiring.sessions().loginCount()).isEqualTo(2);
    }

    @Test
    void shouldReplayACreateWithTheSameBodyAfterReLogin() {
        // given
        luca.stub(call("EkleStkWsSkart.do").inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"code\":1001,\"message\":\"Login olunmalı.\"}")).willSetStateTo("renewed"));
        luca.stub(call("EkleStkWsSkart.do").inScenario("expiry").whenScenarioStateIs("renewed")
                .withCookie("JSESSIONID", equalTo(SESSION_TWO))
                .willReturn(okJson("{\"skartId\":79409,\"error\":false,\"message\":\"ok\"}")));

        // when
        long id = wiring.client().createStockCard(StockCardDrafts.aDraft().build());

        // then
        assertThat(id).isEqualTo(79409);
        luca.verifyLogins(2);
        wm.verify(2, called("EkleStkWsSkart.do").withRequestBody(equalTo(StockCardDrafts.aDraftJson())));
    }

    @Test
    void shouldFailAsSessionExpiredWhenTheReplayIsStillExpired() {
        // given
        luca.answers("ListeleStkSkart.do", okJson("{\"code\":1002,\"message\":\"Login olunmalı.\"}"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, () -> wiring.client().listStockCards());

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.SESSION_EXPIRED);
        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.endpoint()).isEqualTo("ListeleStkSkart.do");
        luca.verifyLogins(2);
        luca.verify(2, called("ListeleStkSkart.do"));
    }

    @Test
    void shouldTreatAnHtmlErrorPageAsTransientWithoutLoggingInAgain() {
        // given
        luca.answers("ListeleStkSkart.do", html("<html><head><title>Hata</title></head><body>Beklenmedik bir hata oluştu."
                + " <a href=\"Giris.do\">Giriş</a></body></html>"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, () -> wiring.client().listStockCards());

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.TRANSIENT);
        assertThat(failure.reason()).contains("HTML");
        luca.verifyLogins(1);
    }

    @Test
    void shouldNotMistakeA1001InsideTheDataForAnExpiry() {
        // given
        luca.answers("ListeleStkSkart.do", okJson("{\"list\":[{\"skartId\":1001,\"kod\":\"1001\",\"kartAdi\":\"code 1001 Login\"}]}"));

        // when
        var cards = wiring.client().listStockCards();

        // then
        assertThat(cards).containsExactly(new LucaStockCard(1001, "1001", "code 1001 Login"));
        luca.verifyLogins(1);
    }
}
