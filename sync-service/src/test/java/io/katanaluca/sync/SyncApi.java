package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP API as the end-to-end tests drive it: start a job, wait for its end, read its items. */
final class SyncApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ENDED = List.of("SUCCESS", "PARTIAL", "FAILED");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String authorization;

    SyncApi(int port, String user, String password) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Starts a job (waiting while another run of the type is active) and returns its final status view. */
    JsonNode runToEnd(String body) {
        return awaitEnd(start("/api/sync/start", body));
    }

    /** POSTs to a starting endpoint, expects 202 and returns the job id. */
    String start(String path, String body) {
        HttpResponse<String> started = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> post(path, body), response -> response.statusCode() != 409);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return json(started).path("jobId").asString();
    }

    JsonNode awaitEnd(String jobId) {
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> getJson("/api/sync/job/" + jobId), job -> ENDED.contains(job.path("status").asString()));
    }

    /** Every per-record result of a job, all pages. */
    List<JsonNode> items(String jobId, String query) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode reply = getJson("/api/sync/job/" + jobId + "/items?size=200&page=" + page + (query.isEmpty() ? "" : "&" + query));
            reply.path("items").forEach(items::add);
            if (items.size() >= reply.path("total").asInt()) {
                return items;
            }
        }
    }

    JsonNode getJson(String path) {
        return json(get(path));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", authorization).GET().build());
    }

    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError("Request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
