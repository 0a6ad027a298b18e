package io.katanaluca.sync.katana;

import io.katanaluca.sync.remote.RemoteCallException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Katana's webhook registration ({@code POST /webhooks}), under the same rate budget as every Katana call. */
public class KatanaWebhookApi {

    private static final String ENDPOINT = "POST /webhooks";

    private final RestClient restClient;
    private final KatanaRateLimiter budget;
    private final KatanaFailures failures;

    KatanaWebhookApi(RestClient restClient, KatanaRateLimiter budget, Clock clock) {
        this.restClient = restClient;
        this.budget = budget;
        this.failures = new KatanaFailures(clock);
    }

    /** A webhook as Katana answers its creation; {@code token} keys the signatures of its deliveries. */
    public record RegisteredWebhook(long id, String url, String token, List<String> subscribedEvents) {

        @Override
        public String toString() {
            return "RegisteredWebhook[id=" + id + ", url=" + url + ", token=****, events=" + subscribedEvents + "]";
        }
    }

    public RegisteredWebhook register(String url, List<String> events, String description) {
        budget.acquire();
        try {
            JsonNode created = restClient.post().uri("/webhooks").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("url", url, "subscribed_events", events, "enabled", true, "description", description))
                    .exchange((request, response) -> {
                        budget.onResponse(KatanaPageReader.intHeader(response.getHeaders(), "X-Ratelimit-Remaining"),
                                KatanaPageReader.longHeader(response.getHeaders(), "X-Ratelimit-Reset"));
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw failures.forResponse(response.getStatusCode(), response.getHeaders(), response.getBody().readAllBytes(), ENDPOINT);
                        }
                        return KatanaJson.MAPPER.readTree(response.getBody());
                    });
            return new RegisteredWebhook(created.path("id").asLong(), created.path("url").asString(), created.path("token").asString(),
                    events);
        } catch (ResourceAccessException noResponse) {
            throw RemoteCallException.transientFailure(KatanaFailures.SYSTEM, ENDPOINT, "no response from Katana", noResponse);
        }
    }
}
