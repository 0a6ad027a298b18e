package io.katanaluca.sync.katana;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.MutableClock;
import io.katanaluca.sync.remote.RemoteCallException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

class KatanaFailuresTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final KatanaFailures failures = new KatanaFailures(clock);

    @Test
    void shouldReadRetryAfterInSeconds() {
        assertThat(failures.retryAfter(headers(HttpHeaders.RETRY_AFTER, "15"))).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void shouldReadRetryAfterAsAnHttpDateFromTheServersOwnDate() {
        // given: our clock is an hour off; the server's Date is what counts
        HttpHeaders headers = headers(HttpHeaders.RETRY_AFTER, "Sun, 01 Mar 2026 10:00:07 GMT");
        headers.set(HttpHeaders.DATE, "Sun, 01 Mar 2026 10:00:00 GMT");

        // then
        assertThat(failures.retryAfter(headers)).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void shouldMeasureAnHttpDateFromOurClockWhenTheServerSendsNoDate() {
        assertThat(failures.retryAfter(headers(HttpHeaders.RETRY_AFTER, "Sun, 01 Mar 2026 09:00:03 GMT"))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void shouldWaitOneSecondWhenRetryAfterIsMissingOrUnreadable() {
        assertThat(failures.retryAfter(new HttpHeaders())).isEqualTo(Duration.ofSeconds(1));
        assertThat(failures.retryAfter(headers(HttpHeaders.RETRY_AFTER, "soon"))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void shouldMakeA429ATransientRateLimit() {
        // when
        RemoteCallException failure = failures.forResponse(HttpStatusCode.valueOf(429), headers(HttpHeaders.RETRY_AFTER, "2"),
                body("{\"statusCode\":429,\"name\":\"TooManyRequests\",\"message\":\"Too Many Requests\"}"), "GET /products page 2");

        // then
        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(2));
        assertThat(failure.endpoint()).isEqualTo("GET /products page 2");
    }

    @Test
    void shouldPointAtTheApiKeySettingOnA401() {
        // when
        RemoteCallException failure = failures.forResponse(HttpStatusCode.valueOf(401), new HttpHeaders(),
                body("{\"statusCode\":401,\"name\":\"UnauthorizedError\",\"message\":\"Unauthorized\"}"), "GET /products page 1");

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
        assertThat(failure.reason()).isEqualTo("Katana rejected the API key (HTTP 401); check katana.api-key / KATANA_API_KEY");
    }

    @Test
    void shouldCarryKatanasMessageAndValidationDetailsOnOther4xx() {
        // when
        RemoteCallException failure = failures.forResponse(HttpStatusCode.valueOf(422), new HttpHeaders(), body("""
                {"statusCode":422,"name":"UnprocessableEntityError","message":"The request is invalid.","code":"VALIDATION_FAILED",
                 "details":[{"path":".limit","code":"maximum","message":"should be <= 250","info":{"limit":250}}]}"""), "GET /products page 1");

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
        assertThat(failure.reason()).isEqualTo("HTTP 422: The request is invalid. (.limit should be <= 250)");
    }

    @Test
    void shouldMakeA5xxTransientAndKeepANonJsonBodyShort() {
        // when
        RemoteCallException failure = failures.forResponse(HttpStatusCode.valueOf(502), new HttpHeaders(),
                body("<html>" + "x".repeat(2_000) + "</html>"), "GET /products page 1");

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.TRANSIENT);
        assertThat(failure.retryAfter()).isEmpty();
        assertThat(failure.reason()).startsWith("HTTP 502: <html>xxx").hasSizeLessThan(520);
    }

    @Test
    void shouldReadTheOldWrappedErrorShapeAndAnEmptyBody() {
        assertThat(KatanaFailures.message(body("{\"error\":{\"statusCode\":404,\"name\":\"NotFoundError\",\"message\":\"Not found\"}}")))
                .isEqualTo("Not found");
        assertThat(KatanaFailures.message(new byte[0])).isEqualTo("(no message)");
    }

    private static HttpHeaders headers(String name, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(name, value);
        return headers;
    }

    private static byte[] body(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
