package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** A bare HTTP client for the Katana simulator tests, so they exercise the wire format. */
final class KatanaClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final KatanaSimulator simulator;

    KatanaClient(KatanaSimulator simulator) {
        this.simulator = simulator;
    }

    /** GET {@code /v1<pathAndQuery>} with the simulator's default API key. */
    HttpResponse<String> get(String pathAndQuery) {
        return get(pathAndQuery, "katana-demo-key");
    }

    HttpResponse<String> get(String pathAndQuery, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + pathAndQuery));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return send(request.GET().build());
    }

    /** Any verb on {@code /v1<pathAndQuery>} with the default API key and a JSON body (null: none). */
    HttpResponse<String> api(String method, String pathAndQuery, String body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + pathAndQuery))
                .header("Authorization", "Bearer katana-demo-key")
                .header("Content-Type", "application/json")
                .method(method, publisher)
                .build());
    }

    HttpResponse<String> admin(String method, String path, String body) {
        URI uri = URI.create("http://127.0.0.1:" + simulator.port() + path);
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(HttpRequest.newBuilder(uri).method(method, publisher).build());
    }

    JsonNode getJson(String pathAndQuery) {
        return json(get(pathAndQuery));
    }

    static JsonNode json(HttpResponse<String> response) {
        return Json.parse(response.body());
    }

    static JsonNode pagination(HttpResponse<String> response) {
        return Json.parse(response.headers().firstValue("X-Pagination").orElseThrow());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
