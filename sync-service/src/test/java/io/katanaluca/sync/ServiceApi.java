package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The running service's HTTP API as the end-to-end tests drive it: basic auth, JSON in and out, runs followed to their end. */
public final class ServiceApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ENDED = List.of("SUCCESS", "PARTIAL", "FAILED");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String authorization;

    public ServiceApi(int port, String user, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> getAnonymously(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public JsonNode getJson(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return json(response.body());
    }

    public HttpResponse<String> post(String path, String body) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /** Starts a run (waiting while another of its type is active) and returns its job id. */
    public String start(String body) {
        HttpResponse<String> started = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300))
                .until(() -> post("/api/sync/start", body), response -> response.statusCode() != 409);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return json(started.body()).path("jobId").asString();
    }

    public JsonNode runToEnd(String body) {
        return awaitEnd(start(body));
    }

    public JsonNode awaitEnd(String jobId) {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> getJson("/api/sync/job/" + jobId), job -> ENDED.contains(job.path("status").asString()));
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
