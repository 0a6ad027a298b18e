package io.katanaluca.sim.katana;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class KatanaWebhookAdminTests {

    private final WebhookReceiver receiver = WebhookReceiver.start();
    private KatanaSimulator katana;
    private KatanaClient client;
    private KatanaWebhook webhook;

    @BeforeEach
    void start() {
        katana = KatanaSimulator.start(KatanaSimulatorConfig.defaults().withHttpWebhooksAllowed(true)
                .withRateLimit(1, Duration.ofMinutes(1)), KatanaCatalogue.generate(2, 5));
        client = new KatanaClient(katana);
        webhook = katana.registerWebhook(receiver.url(), List.of("product.updated"));
    }

    @AfterEach
    void stop() {
        katana.close();
        receiver.close();
    }

    @Test
    void shouldListRegisteredWebhooksWithTheirTokens() {
        // when
        JsonNode webhooks = KatanaClient.json(client.admin("GET", "/_sim/webhooks", null));

        // then
        assertThat(webhooks).hasSize(1);
        assertThat(webhooks.get(0).path("token").asString()).isEqualTo(webhook.token());
        assertThat(webhooks.get(0).path("url").asString()).isEqualTo(receiver.url());
        assertThat(katana.stats().totalRequests()).isZero();
    }

    @Test
    void shouldShowDeliveryStatsAndAttempts() throws Exception {
        // given
        long productId = katana.catalogue().productIds().get(0);
        katana.catalogue().renameProduct(productId, "Görünür");
        receiver.await(1);
        assertThat(katana.awaitWebhookDeliveries(Duration.ofSeconds(5))).isTrue();

        // when
        JsonNode deliveries = KatanaClient.json(client.admin("GET", "/_sim/webhook-deliveries", null));

        // then
        assertThat(deliveries.path("stats").path("deliveries").asLong()).isEqualTo(1);
        assertThat(deliveries.path("stats").path("succeeded").asLong()).isEqualTo(1);
        JsonNode attempt = deliveries.path("attempts").get(0);
        assertThat(attempt.path("webhookId").asLong()).isEqualTo(webhook.id());
        assertThat(attempt.path("event").asString()).isEqualTo("product.updated");
        assertThat(attempt.path("objectId").asLong()).isEqualTo(productId);
        assertThat(attempt.path("attempt").asInt()).isZero();
        assertThat(attempt.path("status").asInt()).isEqualTo(200);
        assertThat(attempt.path("error").isNull()).isTrue();
    }

    @Test
    void shouldForceDuplicatesAndResetTheLog() throws Exception {
        // given
        HttpResponse<String> forced = client.admin("POST", "/_sim/webhook-deliveries/duplicate-next", "{\"count\":1}");
        katana.catalogue().renameProduct(katana.catalogue().productIds().get(0), "Çift");
        receiver.await(2);
        assertThat(katana.awaitWebhookDeliveries(Duration.ofSeconds(5))).isTrue();

        // when
        HttpResponse<String> reset = client.admin("POST", "/_sim/webhook-deliveries/reset", null);

        // then
        assertThat(forced.statusCode()).isEqualTo(204);
        assertThat(receiver.received()).hasSize(2);
        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(katana.webhookDeliveries()).isEmpty();
        assertThat(katana.webhookStats().deliveries()).isZero();
    }

    @Test
    void shouldRejectABadDuplicateCount() {
        // when
        HttpResponse<String> response = client.admin("POST", "/_sim/webhook-deliveries/duplicate-next",
                "{\"count\":\"two\"}");

        // then
        assertThat(response.statusCode()).isEqualTo(422);
    }
}
