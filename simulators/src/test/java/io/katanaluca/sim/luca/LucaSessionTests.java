package io.katanaluca.sim.luca;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LucaSessionTests {

    private LucaSimulator luca;

    @AfterEach
    void stop() {
        luca.close();
    }

    @Test
    void shouldLogInAndSetAJsessionIdCookie() {
        // given
        LucaClient client = new LucaClient(started(LucaSimulatorConfig.defaults()));

        // when
        HttpResponse<String> response = client.post("Giris.do", LucaClient.LOGIN_BODY);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"code\":0,\"message\":\"Giriş başarılı\"}");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=UTF-8");
        assertThat(response.headers().firstValue("Set-Cookie").orElseThrow())
                .matches("JSESSIONID=[0-9A-F]{32}; Path=/; HttpOnly");
        assertThat(luca.loginCount()).isEqualTo(1);
    }

    @Test
    void shouldRefuseWrongPasswordWithCode99AndNoSession() {
        // given
        LucaClient client = new LucaClient(started(LucaSimulatorConfig.defaults()));

        // when
        HttpResponse<String> response = client.post("Giris.do",
                "{\"orgCode\":\"1234\",\"userName\":\"demo\",\"userPassword\":\"yanlış\"}");

        // then
        assertThat(response.body()).isEqualTo("{\"code\":99,\"message\":\"Kullanıcı adı veya şifre hatalı\"}");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(luca.loginCount()).isZero();
        assertThat(luca.sessionCount()).isZero();
    }

    @Test
    void shouldAnswerCallsWithoutSessionWithHttp200AndCode1001() {
        // given
        LucaClient client = new LucaClient(started(LucaSimulatorConfig.defaults()));

        // when
        HttpResponse<String> response = client.post("YdlUserResponsibilityOrgSs.do", "{}");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"code\":1001,\"message\":\"Login olunmalı.\"}");
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                .startsWith("JSESSIONID="));
    }

    @Test
    void shouldListBranchesAsBareArrayAndSwitchBranch() {
        // given
        LucaClient client = new LucaClient(started(LucaSimulatorConfig.defaults()));
        client.login();

        // when
        JsonNode branches = client.postJson("YdlUserResponsibilityOrgSs.do", "{}");
        JsonNode switched = client.postJson("GuncelleYtkSirketSubeDegistir.do", "{\"orgSirketSubeId\":11747}");

        // then
        assertThat(branches.isArray()).isTrue();
        assertThat(branches.get(0).path("ack").asString()).isEqualTo("Merkez");
        assertThat(branches.get(0).path("id").asLong()).isEqualTo(11746);
        assertThat(switched.path("message").asString()).isEqualTo("Oturumda Çalıştığınız Şirket Şube Başarıyla Değiştirildi.");
        assertThat(switched.path("sirketSubeAdi").asString()).isEqualTo("Şube 2");
    }

    @Test
    void shouldRequireABranchBeforeStockCardAndUnitCalls() {
        // given
        LucaClient client = new LucaClient(started(LucaSimulatorConfig.defaults()));
        client.login();

        // when
        JsonNode list = client.postJson("ListeleStkSkart.do", "{}");
        JsonNode create = client.postJson("EkleStkWsSkart.do", StockCardBodies.aStockCard().json());
        JsonNode units = client.postJson("ListeleGnlOlcumBirimi.do", "{}");
        JsonNode unknownBranch = client.postJson("GuncelleYtkSirketSubeDegistir.do", "{\"orgSirketSubeId\":1}");

        // then
        assertThat(List.of(list, create, units, unknownBranch)).allSatisfy(reply -> {
            assertThat(reply.path("code").asInt()).isEqualTo(1003);
            assertThat(reply.path("message").asString()).isEqualTo("Şirket şube seçimi yapılmalı.");
        });
        assertThat(luca.stockCardCount()).isZero();
    }

    @Test
    void shouldEndSessionsOnForcedExpiry() {
        // given
        LucaClient client = LucaClient.ready(started(LucaSimulatorConfig.defaults()));

        // when
        luca.expireAllSessions();

        // then
        assertThat(client.postJson("ListeleStkSkart.do", "{}").path("code").asInt()).isEqualTo(1001);
    }

    @Test
    void shouldSendTheHtmlLoginPageForExpiredSessionsWhenConfigured() {
        // given
        LucaClient client = LucaClient.ready(started(LucaSimulatorConfig.defaults().withHtmlExpiryShare(1.0)));
        luca.expireAllSessions();

        // when
        HttpResponse<String> response = client.post("ListeleStkSkart.do", "{}");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
        assertThat(response.body()).startsWith("<!DOCTYPE html>").contains("<title>Luca Giriş</title>", "uyeNo",
                "kullaniciAdi", "sifre");
    }

    @Test
    void shouldExpireSessionsAfterTheirLifetime() throws InterruptedException {
        // given
        LucaClient client = LucaClient.ready(started(LucaSimulatorConfig.defaults()
                .withSessionLifetime(Duration.ofMillis(300))));
        assertThat(client.postJson("ListeleGnlOlcumBirimi.do", "{}").has("list")).isTrue();

        // when
        Thread.sleep(400);

        // then
        assertThat(client.postJson("ListeleGnlOlcumBirimi.do", "{}").path("code").asInt()).isEqualTo(1001);
    }

    @Test
    void shouldExpireSessionsAfterTheGivenNumberOfCalls() {
        // given
        LucaClient client = LucaClient.ready(started(LucaSimulatorConfig.defaults()));
        luca.faults().expireSessionsAfterCalls(2);

        // when
        JsonNode first = client.postJson("ListeleGnlOlcumBirimi.do", "{}");
        JsonNode second = client.postJson("ListeleGnlOlcumBirimi.do", "{}");
        JsonNode third = client.postJson("ListeleGnlOlcumBirimi.do", "{}");
        client.login();
        JsonNode afterLogin = client.postJson("YdlUserResponsibilityOrgSs.do", "{}");

        // then
        assertThat(first.has("list")).isTrue();
        assertThat(second.has("list")).isTrue();
        assertThat(third.path("code").asInt()).isEqualTo(1001);
        assertThat(afterLogin.isArray()).isTrue();
    }

    @Test
    void shouldEndEverySessionAtEachTickOfTheExpiryIntervalAndCountOnlyExpiriesThatEndedOne() throws InterruptedException {
        // given
        LucaClient client = LucaClient.ready(started(LucaSimulatorConfig.defaults()
                .withSessionExpiryInterval(Duration.ofMillis(500))));
        JsonNode beforeTheTick = client.postJson("ListeleGnlOlcumBirimi.do", "{}");

        // when
        Thread.sleep(550);
        JsonNode afterTheTick = client.postJson("ListeleGnlOlcumBirimi.do", "{}");
        Thread.sleep(550);
        JsonNode noSessionAtTheNextTick = client.postJson("ListeleGnlOlcumBirimi.do", "{}");
        LucaClient again = LucaClient.ready(luca);
        JsonNode loggedInAgain = again.postJson("ListeleGnlOlcumBirimi.do", "{}");

        // then
        assertThat(beforeTheTick.has("list")).isTrue();
        assertThat(afterTheTick.path("code").asInt()).isEqualTo(1001);
        assertThat(noSessionAtTheNextTick.path("code").asInt()).isEqualTo(1001);
        assertThat(loggedInAgain.has("list")).isTrue();
        assertThat(luca.sessionExpiryCount()).isEqualTo(1);
        assertThat(luca.loginCount()).isEqualTo(2);
    }

    @Test
    void shouldCountForcedExpiriesOfEveryKindUntilReset() {
        // given
        LucaClient client = LucaClient.ready(started(LucaSimulatorConfig.defaults()));
        luca.faults().expireSessionsAfterCalls(0);

        // when
        client.postJson("ListeleGnlOlcumBirimi.do", "{}");
        LucaClient.ready(luca);
        luca.expireAllSessions();
        luca.expireAllSessions();
        long counted = luca.sessionExpiryCount();
        luca.reset();

        // then
        assertThat(counted).as("the second expireAllSessions found no session open").isEqualTo(2);
        assertThat(luca.sessionExpiryCount()).isZero();
    }

    @Test
    void shouldAnswerUnknownActionsWithStrutsHtmlPage() {
        // given
        LucaClient client = LucaClient.ready(started(LucaSimulatorConfig.defaults()));

        // when
        HttpResponse<String> response = client.post("EkleStkWsKart.do", "{}");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Unable to instantiate Action, EkleStkWsKart.do");
    }

    @Test
    void shouldServeTheLoginPageWithACookieOnGet() {
        // given
        LucaClient client = new LucaClient(started(LucaSimulatorConfig.defaults()));

        // when
        HttpResponse<String> response = client.get("Giris.do");

        // then
        assertThat(response.body()).contains("<title>Luca Giriş</title>");
        assertThat(response.headers().firstValue("Set-Cookie")).isPresent();
        assertThat(luca.loginCount()).isZero();
    }

    private LucaSimulator started(LucaSimulatorConfig config) {
        luca = LucaSimulator.start(config);
        return luca;
    }
}
