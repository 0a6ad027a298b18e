package io.katanaluca.sync.luca;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * A WireMock Luca for the tests: the three login steps, handing out the given session ids in
 * turn, plus helpers to stub and verify the stock card calls.
 */
final class FakeLuca {

    static final String SESSION_ONE = "ONE1-aaaaaaaaaaaaaaaaaaaa-001";
    static final String SESSION_TWO = "TWO2-bbbbbbbbbbbbbbbbbbbb-002";
    static final String SESSION_THREE = "THR3-cccccccccccccccccccc-003";
    static final String PASSWORD = "s3cret-Şifre!";
    static final String BRANCHES = "[{\"ack\":\"Merkez\",\"id\":11746},{\"ack\":\"Depo Şube\",\"id\":11747}]";
    static final String BRANCH_SELECTED = "{\"message\":\"Oturumda Çalıştığınız Şirket Şube Başarıyla Değiştirildi.\",\"sirketSubeAdi\":\"Merkez\"}";

    private final WireMockExtension wm;

    FakeLuca(WireMockExtension wm) {
        this.wm = wm;
    }

    static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(120))
                .build();
    }

    LucaProperties props() {
        return props(null, StandardCharsets.UTF_8, Duration.ofSeconds(5));
    }

    LucaProperties props(Long branchId, Charset charset, Duration readTimeout) {
        return new LucaProperties(baseUrl(), "1234", "admin", PASSWORD, branchId, Duration.ofMinutes(20),
                Duration.ofMinutes(2), Duration.ofSeconds(2), readTimeout, charset);
    }

    String baseUrl() {
        return wm.baseUrl() + "/Yetki";
    }

    Wiring wire(LucaProperties props, Clock clock) {
        LucaConfiguration configuration = new LucaConfiguration();
        LucaHttp http = configuration.lucaHttp(props, Optional.empty());
        LucaSessionManager sessions = configuration.lucaSessionManager(configuration.lucaLoginClient(http, props), props, clock);
        return new Wiring(configuration.lucaClient(http, sessions), sessions);
    }

    /** Each Giris.do hands out the next id; branch listing and selection succeed. */
    void acceptsLoginsIssuing(String... sessionIds) {
        for (int i = 0; i < sessionIds.length; i++) {
            wm.stubFor(post(urlEqualTo("/Yetki/Giris.do"))
                    .inScenario("logins").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "login " + i)
                    .willSetStateTo("login " + (i + 1))
                    .willReturn(okJson("{\"code\":0}").withHeader("Set-Cookie", "JSESSIONID=" + sessionIds[i] + "; Path=/; HttpOnly")));
        }
        wm.stubFor(post(urlEqualTo("/Yetki/YdlUserResponsibilityOrgSs.do")).willReturn(okJson(BRANCHES)));
        wm.stubFor(post(urlEqualTo("/Yetki/GuncelleYtkSirketSubeDegistir.do")).willReturn(okJson(BRANCH_SELECTED)));
    }

    void stub(MappingBuilder mapping) {
        wm.stubFor(mapping);
    }

    /** {@code endpoint} answers {@code reply} to calls made with {@code sessionId}. */
    void answers(String endpoint, String sessionId, ResponseDefinitionBuilder reply) {
        wm.stubFor(call(endpoint).withCookie("JSESSIONID", equalTo(sessionId)).willReturn(reply));
    }

    void answers(String endpoint, ResponseDefinitionBuilder reply) {
        wm.stubFor(call(endpoint).willReturn(reply));
    }

    static MappingBuilder call(String endpoint) {
        return post(urlEqualTo("/Yetki/" + endpoint));
    }

    static RequestPatternBuilder called(String endpoint) {
        return postRequestedFor(urlEqualTo("/Yetki/" + endpoint));
    }

    /** Every step of the login ran {@code times} times. */
    void verifyLogins(int times) {
        wm.verify(times, called("Giris.do"));
        wm.verify(times, called("YdlUserResponsibilityOrgSs.do"));
        wm.verify(times, called("GuncelleYtkSirketSubeDegistir.do"));
    }

    void verify(int times, RequestPatternBuilder request) {
        wm.verify(times, request);
    }

    static ResponseDefinitionBuilder html(String page) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=UTF-8").withBody(page);
    }

    /** The wired objects a test drives. */
    record Wiring(LucaClient client, LucaSessionManager sessions) {
    }
}
