package io.katanaluca.sync.luca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.katanaluca.sync.luca.LucaReplyClassifier.Kind;
import io.katanaluca.sync.remote.RemoteCallException;
import java.util.List;
import java.util.Map;
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

    @ParameterizedTest
    @ValueSource(ints = {200, 500, 502, 503})
    void shouldLeaveTheOutcomeOfAnUnrepeatableCreateUnknownWhenTheAnswerDoesNotSayWhetherItRan(int status) {
        // given: an error page, a 5xx, or a reply that is not JSON
        LucaReply reply = status == 200 ? LucaReply.of(200, "text/html", "<html><body>Beklenmedik bir hata oluştu</body></html>")
                : LucaReply.of(status, "text/html", "<html><body>Error " + status + "</body></html>");
        LucaReplyClassifier.Verdict verdict = LucaReplyClassifier.classify(reply);

        // then: the same answer to a listing is worth a retry
        assertThat(catchThrowable(() -> verdict.jsonOrThrow(LucaRequest.unrepeatable("EkleFtrWsFaturaBaslik.do", Map.of()))))
                .isInstanceOf(LucaWriteOutcomeUnknownException.class);
        assertThat(catchThrowable(() -> verdict.jsonOrThrow(LucaRequest.listing("ListeleFtrSsFaturaBaslik.do", Map.of()))))
                .isNotInstanceOf(LucaWriteOutcomeUnknownException.class)
                .isInstanceOfSatisfying(RemoteCallException.class, failure -> assertThat(failure.isTransient()).isTrue());
    }

    @Test
    void shouldKeepAnExpiryOrARefusalOfAnUnrepeatableCreateForWhatTheyAreSinceLucaDidNotRunIt() {
        LucaRequest create = LucaRequest.unrepeatable("EkleFtrWsFaturaBaslik.do", Map.of());

        assertThat(catchThrowable(() -> LucaReplyClassifier.classify(LucaReply.of(200, "application/json", "{\"code\":1001}")).jsonOrThrow(create)))
                .isInstanceOfSatisfying(RemoteCallException.class, failure -> assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.SESSION_EXPIRED));
        assertThat(catchThrowable(() -> LucaReplyClassifier.classify(LucaReply.of(400, "text/html", "Bad Request")).jsonOrThrow(create)))
                .isNotInstanceOf(LucaWriteOutcomeUnknownException.class)
                .isInstanceOfSatisfying(RemoteCallException.class, failure -> assertThat(failure.isTransient()).isFalse());
    }

    private static Kind classify(int status, String contentType, String body) {
        return LucaReplyClassifier.classify(LucaReply.of(status, contentType, body)).kind();
    }
}
