package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every refusal of every API path family, on a real port (so the servlet container's error
 * handling takes part, as it does in production), is {@code application/problem+json} with its
 * status and a readable {@code detail}, and never repeats the credentials that were tried.
 * Katana and Luca are not needed: nothing here gets as far as calling them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:error-responses;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=" + ServiceApi.PASSWORD,
        "jobrunr.dashboard.enabled=false",
        "katana.base-url=http://127.0.0.1:9/v1",
        "katana.api-key=unused",
        "luca.base-url=http://127.0.0.1:9/Yetki",
        "luca.org-code=1", "luca.username=unused", "luca.password=unused"})
class ErrorResponsesIntegrationTests {

    private static final String TRIED_USER = "mallory-the-guesser";
    private static final String TRIED_PASSWORD = "Guess-7f3a-Şifre";
    private static final String JOB = "0b6f7f64-2f0c-4b8e-9a56-1f4c3c3b1a11";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    /** method, path, who asks, content type and extra header, the status expected. */
    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("GET", "/api/sync/job/" + JOB, Caller.NOBODY, null, 401),
                refusal("GET", "/api/sync/job/" + JOB, Caller.WRONG_PASSWORD, null, 401),
                refusal("POST", "/api/sync/start", Caller.WRONG_USER, "application/json", 401),
                refusal("GET", "/api/sync/session/stats", Caller.WRONG_PASSWORD, null, 401),
                refusal("GET", "/api/sync/dashboard/stats", Caller.WRONG_PASSWORD, null, 401),
                refusal("DELETE", "/api/sync/dashboard/jobs/" + JOB, Caller.NOBODY, null, 401),
                refusal("GET", "/api/sync/schedules", Caller.WRONG_PASSWORD, null, 401),
                refusal("GET", "/api/sync/mapping/preview?sku=TR-1", Caller.WRONG_USER, null, 401),
                refusal("POST", "/api/webhooks/katana/registration", Caller.WRONG_PASSWORD, "application/json", 401),
                refusal("POST", "/api/webhooks/katana", Caller.NOBODY, "application/json", 401),
                refusal("POST", "/api/webhooks/katana", Caller.WRONG_PASSWORD, "application/json", 401),
                refusal("GET", "/actuator/prometheus", Caller.WRONG_PASSWORD, null, 401),
                refusal("GET", "/actuator/health/db", Caller.WRONG_USER, null, 401),
                refusal("GET", "/v3/api-docs", Caller.NOBODY, null, 401),
                refusal("POST", "/api/sync/start", Caller.CROSS_SITE, "application/json", 403),
                refusal("POST", "/api/sync/job/" + JOB + "/retry-failed", Caller.CROSS_SITE, "application/json", 403),
                refusal("DELETE", "/api/sync/dashboard/jobs/" + JOB, Caller.CROSS_SITE, null, 403),
                refusal("POST", "/api/sync/session/refresh", Caller.CROSS_SITE, null, 403),
                refusal("POST", "/api/webhooks/katana/registration", Caller.CROSS_SITE, "application/json", 403),
                refusal("GET", "/api/sync/schedules;jsessionid=1", Caller.ADMIN, null, 400),
                refusal("GET", "/api/sync/no-such-thing", Caller.ADMIN, null, 404),
                refusal("GET", "/api/sync/dashboard/no-such-thing", Caller.ADMIN, null, 404),
                refusal("GET", "/api/sync/schedules/no-such-thing", Caller.ADMIN, null, 404),
                refusal("GET", "/api/webhooks/no-such-thing", Caller.ADMIN, null, 404),
                refusal("GET", "/actuator/no-such-thing", Caller.ADMIN, null, 404),
                refusal("GET", "/api/sync/start", Caller.ADMIN, null, 405),
                refusal("DELETE", "/api/sync/schedules", Caller.ADMIN, null, 405),
                refusal("PUT", "/api/sync/dashboard/jobs/" + JOB, Caller.ADMIN, null, 405),
                refusal("POST", "/api/sync/mapping/preview?sku=TR-1", Caller.ADMIN, null, 405),
                refusal("GET", "/api/webhooks/katana", Caller.ADMIN, null, 405),
                refusal("POST", "/actuator/prometheus", Caller.ADMIN, null, 405),
                refusal("POST", "/api/sync/start", Caller.ADMIN, "text/plain", 415),
                refusal("POST", "/api/sync/job/" + JOB + "/retry-failed", Caller.ADMIN, "text/plain", 415),
                refusal("POST", "/api/webhooks/katana/registration", Caller.ADMIN, "application/xml", 415));
    }

    @ParameterizedTest(name = "{0} {1} ({2}) → {4}")
    @MethodSource("refusals")
    void shouldAnswerEveryRefusalAsProblemJsonWithADetailAndNoCredentials(String method, String path, Caller caller,
            String contentType, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(method, path, caller, contentType);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).as(response.body()).startsWith("application/problem+json"));
        JsonNode problem = ServiceApi.JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).as(response.body()).isNotBlank();
        assertThat(problem.path("instance").asString()).isEqualTo(path.replaceFirst("\\?.*", ""));
        assertThat(problem.has("properties")).as("written the way Spring MVC writes a problem").isFalse();
        assertThat(response.body()).doesNotContain(TRIED_USER, TRIED_PASSWORD, ServiceApi.PASSWORD, caller.authorization());
        if (expectedStatus == 401 && !path.equals("/api/webhooks/katana")) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Basic realm="));
        }
    }

    private HttpResponse<String> send(String method, String path, Caller caller, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, contentType == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (caller != Caller.NOBODY) {
            request.header("Authorization", caller.authorization());
        }
        if (caller == Caller.CROSS_SITE) {
            request.header("Sec-Fetch-Site", "cross-site").header("Origin", "https://elsewhere.example");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Arguments refusal(String method, String path, Caller caller, String contentType, int status) {
        return Arguments.of(method, path, caller, contentType, status);
    }

    enum Caller {
        NOBODY(null, null),
        WRONG_PASSWORD("admin", TRIED_PASSWORD),
        WRONG_USER(TRIED_USER, TRIED_PASSWORD),
        ADMIN("admin", ServiceApi.PASSWORD),
        CROSS_SITE("admin", ServiceApi.PASSWORD);

        private final String user;
        private final String password;

        Caller(String user, String password) {
            this.user = user;
            this.password = password;
        }

        String authorization() {
            return user == null ? "no credentials at all"
                    : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }
}
