package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.luca.LucaSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's HTTP API as the end-to-end tests use it: basic auth, JSON, starting a run and
 * waiting for its end. Tests set {@code spring.security.user.password=e2e-secret}.
 */
final class ServiceApi {

    static final String PASSWORD = "e2e-secret";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ServiceApi(int port) {
        this.port = port;
    }

    /** Points the service at the simulators with the credentials they accept by default. */
    static void useSimulators(DynamicPropertyRegistry registry, KatanaSimulator katana, LucaSimulator luca) {
        registry.add("katana.base-url", katana::baseUrl);
        registry.add("katana.api-key", () -> "katana-demo-key");
        registry.add("luca.base-url", luca::baseUrl);
        registry.add("luca.org-code", () -> "1234");
        registry.add("luca.username", () -> "demo");
        registry.add("luca.password", () -> "demo-pass");
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getAnonymously(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) throws Exception {
        return http.send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String path) throws Exception {
        return JSON.readTree(get(path).body());
    }

    /** Starts a run (waiting out a 409 while another run of the type ends) and waits for its end. */
    JsonNode runToEnd(String body) throws Exception {
        return awaitEnd(start(body));
    }

    /** Starts a run (waiting out a 409 while another run of the type ends) and returns its job id. */
    String start(String body) throws Exception {
        HttpResponse<String> started = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> post("/api/sync/start", body), response -> response.statusCode() != 409);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return JSON.readTree(started.body()).path("jobId").asString();
    }

    JsonNode awaitEnd(String jobId) {
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> getJson("/api/sync/job/" + jobId), job -> List.of("SUCCESS", "PARTIAL", "FAILED").contains(job.path("status").asString()));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", AUTH);
    }
}
