package io.katanaluca.sync.luca;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.katanaluca.sync.luca.FakeLuca.PASSWORD;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_ONE;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_TWO;
import static io.katanaluca.sync.luca.FakeLuca.call;
import static io.katanaluca.sync.luca.FakeLuca.called;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.katanaluca.sync.remote.RemoteCallException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LucaLoginClientTest {

    @RegisterExtension
    static WireMockExtension wm = FakeLuca.server();

    private final FakeLuca luca = new FakeLuca(wm);

    @Test
    void shouldSignInListBranchesAndSelectTheFirstBranch() {
        // given
        luca.acceptsLoginsIssuing(SESSION_ONE);

        // when
        String sessionId = loginClient(null).login();

        // then
        assertThat(sessionId).isEqualTo(SESSION_ONE);
        wm.verify(called("Giris.do").withRequestBody(
                equalToJson("{\"orgCode\":\"1234\",\"userName\":\"admin\",\"userPassword\":\"" + PASSWORD + "\"}")));
        wm.verify(called("YdlUserResponsibilityOrgSs.do").withCookie("JSESSIONID", equalTo(SESSION_ONE))
                .withRequestBody(equalToJson("{}")));
        wm.verify(called("GuncelleYtkSirketSubeDegistir.do").withCookie("JSESSIONID", equalTo(SESSION_ONE))
                .withRequestBody(equalToJson("{\"orgSirketSubeId\":11746}")));
    }

    @Test
    void shouldSelectTheConfiguredBranchFromAWrappedListWithStringIds() {
        // given
        luca.acceptsLoginsIssuing(SESSION_ONE);
        luca.answers("YdlUserResponsibilityOrgSs.do", okJson("{\"sirketSubeList\":[{\"ack\":\"Merkez\",\"id\":\"11746\"},"
                + "{\"ack\":\"Depo\",\"id\":\"11747\"}]}"));

        // when
        loginClient(11747L).login();

        // then
        wm.verify(called("GuncelleYtkSirketSubeDegistir.do").withRequestBody(equalToJson("{\"orgSirketSubeId\":11747}")));
    }

    @Test
    void shouldFailPermanentlyWithoutThePasswordWhenLucaRejectsTheCredentials() {
        // given
        luca.answers("Giris.do", okJson("{\"code\":99,\"message\":\"Kullanıcı adı veya şifre hatalı\"}"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, () -> loginClient(null).login());

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
        assertThat(failure.getMessage())
                .contains("Luca rejected the credentials for org 1234 user admin; check luca.org-code/username/password")
                .doesNotContain(PASSWORD);
        wm.verify(0, called("YdlUserResponsibilityOrgSs.do"));
    }

    @Test
    void shouldFailPermanentlyWhenTheUserHasNoBranch() {
        // given
        luca.acceptsLoginsIssuing(SESSION_ONE);
        luca.answers("YdlUserResponsibilityOrgSs.do", okJson("[]"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, () -> loginClient(null).login());

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
        assertThat(failure.reason()).contains("no branch");
        wm.verify(0, called("GuncelleYtkSirketSubeDegistir.do"));
    }

    @Test
    void shouldNameTheAvailableBranchesWhenTheConfiguredOneIsMissing() {
        // given
        luca.acceptsLoginsIssuing(SESSION_ONE);

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, () -> loginClient(99L).login());

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
        assertThat(failure.reason()).contains("luca.branch-id 99").contains("11746 (Merkez)").contains("11747 (Depo Şube)");
    }

    @Test
    void shouldFailTransientlyWhenLucaDropsTheSessionWhileListingBranches() {
        // given
        luca.acceptsLoginsIssuing(SESSION_ONE);
        luca.answers("YdlUserResponsibilityOrgSs.do", okJson("{\"code\":1002,\"message\":\"Login olunmalı.\"}"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, () -> loginClient(null).login());

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.TRANSIENT);
        assertThat(failure.endpoint()).isEqualTo("YdlUserResponsibilityOrgSs.do");
    }

    @Test
    void shouldFailTransientlyWhenLucaDropsTheSessionWhileSelectingTheBranch() {
        // given
        luca.acceptsLoginsIssuing(SESSION_ONE);
        luca.answers("GuncelleYtkSirketSubeDegistir.do", okJson("{\"code\":1003,\"message\":\"Şirket şube seçimi yapılmalı\"}"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, () -> loginClient(null).login());

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.TRANSIENT);
        assertThat(failure.endpoint()).isEqualTo("GuncelleYtkSirketSubeDegistir.do");
    }

    @Test
    void shouldResumeWithTheSignedInSessionInsteadOfSigningInAgainAfterAFailedBranchStep() {
        // given
        luca.acceptsLoginsIssuing(SESSION_ONE, SESSION_TWO);
        branchListAnswersFirst(aResponse().withStatus(500).withBody("<html><title>Error 500</title></html>"));
        LucaLoginClient client = loginClient(null);

        // when
        RemoteCallException first = catchThrowableOfType(RemoteCallException.class, client::login);
        String second = client.login();

        // then
        assertThat(first.kind()).isEqualTo(RemoteCallException.Kind.TRANSIENT);
        assertThat(second).isEqualTo(SESSION_ONE);
        wm.verify(1, called("Giris.do"));
        wm.verify(2, called("YdlUserResponsibilityOrgSs.do").withCookie("JSESSIONID", equalTo(SESSION_ONE)));
    }

    @Test
    void shouldSignInAgainWhenLucaDroppedTheSessionDuringTheBranchSteps() {
        // given
        luca.acceptsLoginsIssuing(SESSION_ONE, SESSION_TWO);
        branchListAnswersFirst(okJson("{\"code\":1001,\"message\":\"Login olunmalı.\"}"));
        LucaLoginClient client = loginClient(null);

        // when
        catchThrowableOfType(RemoteCallException.class, client::login);
        String second = client.login();

        // then
        assertThat(second).isEqualTo(SESSION_TWO);
        wm.verify(2, called("Giris.do"));
    }

    @Test
    void shouldUseTheSessionIdLucaSetsWhenSelectingTheBranch() {
        // given
        luca.acceptsLoginsIssuing(SESSION_ONE);
        luca.stub(call("GuncelleYtkSirketSubeDegistir.do").willReturn(okJson(FakeLuca.BRANCH_SELECTED)
                .withHeader("Set-Cookie", "JSESSIONID=" + SESSION_TWO + "; Path=/; HttpOnly")));

        // when
        String sessionId = loginClient(null).login();

        // then
        assertThat(sessionId).isEqualTo(SESSION_TWO);
    }

    @Test
    void shouldFailWhenTheLoginSetsNoSessionCookie() {
        // given
        luca.answers("Giris.do", okJson("{\"code\":0}"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, () -> loginClient(null).login());

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
        assertThat(failure.reason()).contains("JSESSIONID");
    }

    /** The branch list answers {@code first} once, then the branches. */
    private void branchListAnswersFirst(ResponseDefinitionBuilder first) {
        luca.stub(call("YdlUserResponsibilityOrgSs.do").inScenario("branches").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("answered").willReturn(first));
        luca.stub(call("YdlUserResponsibilityOrgSs.do").inScenario("branches").whenScenarioStateIs("answered")
                .willReturn(okJson(FakeLuca.BRANCHES)));
    }

    private LucaLoginClient loginClient(Long branchId) {
        LucaProperties props = luca.props(branchId, StandardCharsets.UTF_8, Duration.ofSeconds(5));
        return new LucaConfiguration().lucaLoginClient(new LucaConfiguration().lucaHttp(props, Optional.empty()), props);
    }
}
