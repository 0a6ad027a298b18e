package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.Json;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/** A cookie-keeping HTTP client for the Luca simulator tests, so they exercise the wire format. */
final class LucaClient {

    static final String LOGIN_BODY = "{\"orgCode\":\"1234\",\"userName\":\"demo\",\"userPassword\":\"demo-pass\"}";

    private final LucaSimulator simulator;
    private final HttpClient http;

    LucaClient(LucaSimulator simulator) {
        this.simulator = simulator;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Logged in with branch 11746 selected: ready for stock-card calls. */
    static LucaClient ready(LucaSimulator simulator) {
        LucaClient client = new LucaClient(simulator);
        client.login();
        client.post("GuncelleYtkSirketSubeDegistir.do", "{\"orgSirketSubeId\":11746}");
        return client;
    }

    JsonNode login() {
        return postJson("Giris.do", LOGIN_BODY);
    }

    HttpResponse<String> post(String action, String body) {
        return send(request(action, body, "application/json; charset=UTF-8").build());
    }

    JsonNode postJson(String action, String body) {
        return Json.parse(post(action, body).body());
    }

    /** A list call as a careful client sends it, with {@code No-Paging: true}. */
    JsonNode listAll(String body) {
        return Json.parse(send(listRequest("ListeleStkSkart.do", body)).body());
    }

    HttpRequest listRequest(String action, String body) {
        return request(action, body, "application/json").header("No-Paging", "true").build();
    }

    HttpResponse<String> postEncoded(String action, String body, Charset charset) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/" + action))
                .header("Content-Type", "application/json; charset=" + charset.name())
                .POST(HttpRequest.BodyPublishers.ofString(body, charset))
                .build();
        return send(request);
    }

    HttpResponse<String> get(String action) {
        return send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/" + action)).GET().build());
    }

    CompletableFuture<HttpResponse<String>> postAsync(String action, String body) {
        return http.sendAsync(request(action, body, "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> admin(String method, String path, String body) {
        URI uri = URI.create("http://127.0.0.1:" + simulator.port() + path);
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(HttpRequest.newBuilder(uri).method(method, publisher).build());
    }

    private HttpRequest.Builder request(String action, String body, String contentType) {
        return HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/" + action))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
