package io.katanaluca.sync.luca;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.luca.LucaReplyClassifier.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LucaReplyClassifierTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"code\":1001,\"message\":\"Login olunmalı.\"}",
        "{\"code\":\"1002\"}",
        "{\"code\":1003,\"message\":\"Şirket şube seçimi yapılmalı\"}",
        "{\"message\":\"LOGIN OLUNMALI\"}"
    })
    void shouldSeeAnExpiredSessionInLucasJsonCodesAndMessage(String body) {
        assertThat(classify(200, "application/json", body)).isEqualTo(Kind.SESSION_EXPIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[{\"skartId\":1001,\"kod\":\"1001\",\"kartAdi\":\"Login olunmalı 1002\"}]",
        "{\"list\":[{\"code\":1001}]}",
        "{\"skartId\":1001,\"error\":false,\"message\":\"1001 - Lamba stok kartı kaydedilmiştir\"}",
        "{\"code\":0}"
    })
    void shouldNotSeeAnExpiryInA1001ThatIsOnlyData(String body) {
        assertThat(classify(200, "application/json", body)).isEqualTo(Kind.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE html><html><head><title>Luca - Giriş</title></head><body></body></html>",
        "<html><head><title>GİRİŞ</title></head></html>",
        "\n  <html><body><form><input name=\"uyeNo\"/><input name=\"kullaniciAdi\"/></form></body></html>",
        "<HTML><BODY>Oturumunuz sona erdi</BODY></HTML>",
        "<!doctype html><title>Login</title>"
    })
    void shouldSeeAnExpiredSessionInTheLoginPage(String body) {
        assertThat(classify(200, "text/html", body)).isEqualTo(Kind.SESSION_EXPIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<html><head><title>Hata</title></head><body>Beklenmedik bir hata oluştu. <a href=\"Giris.do\">Giriş</a></body></html>",
        "<html><body>Unable to instantiate Action, stkSkartAction, defined for 'ListeleStkSkart'</body></html>",
        "<html><body>Service temporarily down</body></html>"
    })
    void shouldSeeATransientErrorInOtherHtmlPages(String body) {
        assertThat(classify(200, "text/html", body)).isEqualTo(Kind.ERROR_PAGE);
    }

    @Test
    void shouldSeeAnExpiredSessionInHttp401() {
        assertThat(classify(401, "text/plain", "")).isEqualTo(Kind.SESSION_EXPIRED);
    }

    @Test
    void shouldSeeAnExpiredSessionInARedirectToTheLoginPage() {
        var reply = new LucaReply(302, "", "", List.of(), "https://akozas.luca.com.tr/Yetki/Giris.do");
        assertThat(LucaReplyClassifier.classify(reply).kind()).isEqualTo(Kind.SESSION_EXPIRED);
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 502, 503, 504})
    void shouldCallServerTroubleRetryable(int status) {
        assertThat(classify(status, "application/json", "{\"code\":1001}")).isEqualTo(Kind.RETRYABLE_STATUS);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 404, 405})
    void shouldCallOtherClientErrorsRejected(int status) {
        assertThat(classify(status, "text/html", "<html>nope</html>")).isEqualTo(Kind.REJECTED_STATUS);
    }

    @Test
    void shouldCallTextThatIsNeitherJsonNorHtmlNotJson() {
        assertThat(classify(200, "text/plain", "Unable to instantiate Action")).isEqualTo(Kind.NOT_JSON);
        assertThat(classify(200, "application/json", "")).isEqualTo(Kind.NOT_JSON);
    }

    @Test
    void shouldNotMistakeHtmlInsideAJsonValueForAPage() {
        assertThat(classify(200, "application/json", "[{\"skartId\":1,\"kod\":\"A\",\"aciklama\":\"<html><body>login</body></html>\"}]"))
                .isEqualTo(Kind.JSON);
    }

    private static Kind classify(int status, String contentType, String body) {
        return LucaReplyClassifier.classify(LucaReply.of(status, contentType, body)).kind();
    }
}
