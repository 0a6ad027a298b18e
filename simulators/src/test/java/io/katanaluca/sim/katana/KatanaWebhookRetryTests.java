package io.katanaluca.sim.katana;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KatanaWebhookRetryTests {

    private static final Duration FIRST_DELAY = Duration.ofMillis(20);
    private static final Duration SECOND_DELAY = Duration.ofMillis(40);
    private static final Duration THIRD_DELAY = Duration.ofMillis(80);

    private final WebhookReceiver receiver = WebhookReceiver.start();
    private KatanaSimulator katana;

    @AfterEach
    void stop() {
        katana.close();
        receiver.close();
    }

    @Test
    void shouldRetryWithIncreasingRetryNumUntilAnswered2xx() throws Exception {
        // given
        started(webhooks().withRetryDelays(FIRST_DELAY, SECOND_DELAY, THIRD_DELAY), receiver.url());
        receiver.answering(500, 503);

        // when
        changeAProduct();

        // then
        List<WebhookReceiver.Received> requests = receiver.await(3);
        assertThat(katana.awaitWebhookDeliveries(Duration.ofSeconds(5))).isTrue();
        assertThat(receiver.received()).hasSize(3);
        assertThat(requests).extracting(r -> r.header("X-Katana-Retry-Num")).containsExactly(null, "1", "2");
        assertThat(requests).extracting(WebhookReceiver.Received::text).containsOnly(requests.get(0).text());
        assertThat(requests).extracting(r -> r.header("x-sha2-signature"))
                .containsOnly(requests.get(0).header("x-sha2-signature"));
        List<KatanaWebhookAttempt> attempts = katana.webhookDeliveries();
        assertThat(attempts).extracting(KatanaWebhookAttempt::attempt).containsExactly(0, 1, 2);
        assertThat(attempts).extracting(KatanaWebhookAttempt::status).containsExactly(500, 503, 200);
        assertThat(gap(attempts, 0)).isGreaterThanOrEqualTo(FIRST_DELAY);
        assertThat(gap(attempts, 1)).isGreaterThanOrEqualTo(SECOND_DELAY);
        assertThat(katana.webhookStats()).isEqualTo(new KatanaWebhookStats(1, 0, 3, 1, 2, 2, 0, 0));
    }

    @Test
    void shouldGiveUpAfterThreeRetries() throws Exception {
        // given
        started(webhooks().withRetryDelays(FIRST_DELAY, FIRST_DELAY, FIRST_DELAY), receiver.url());
        receiver.answering(500, 500, 500, 500, 500);

        // when
        changeAProduct();

        // then
        receiver.await(4);
        assertThat(katana.awaitWebhookDeliveries(Duration.ofSeconds(5))).isTrue();
        assertThat(receiver.received()).extracting(r -> r.header("X-Katana-Retry-Num"))
                .containsExactly(null, "1", "2", "3");
        assertThat(katana.webhookStats().givenUp()).isEqualTo(1);
        assertThat(katana.webhookStats().failed()).isEqualTo(4);
    }

    @Test
    void shouldRetryWhenTheReceiverCannotBeReached() throws Exception {
        // given
        WebhookReceiver gone = WebhookReceiver.start();
        gone.close();
        started(webhooks().withRetryDelays(FIRST_DELAY), gone.url());

        // when
        changeAProduct();

        // then
        assertThat(katana.awaitWebhookDeliveries(Duration.ofSeconds(5))).isTrue();
        assertThat(katana.webhookDeliveries()).extracting(KatanaWebhookAttempt::attempt).containsExactly(0, 1);
        assertThat(katana.webhookDeliveries()).allSatisfy(attempt -> {
            assertThat(attempt.status()).isZero();
            assertThat(attempt.error()).startsWith("ConnectException");
        });
        assertThat(katana.webhookStats().givenUp()).isEqualTo(1);
    }

    @Test
    void shouldCountAPostNotAnsweredWithinTheTimeoutAsFailed() throws Exception {
        // given
        started(webhooks().withTimeout(Duration.ofMillis(200)).withRetryDelays(), receiver.url());
        receiver.hanging();

        // when
        changeAProduct();

        // then
        receiver.await(1);
        assertThat(katana.awaitWebhookDeliveries(Duration.ofSeconds(5))).isTrue();
        KatanaWebhookAttempt attempt = katana.webhookDeliveries().get(0);
        assertThat(attempt.status()).isZero();
        assertThat(attempt.error()).startsWith("HttpTimeoutException");
    }

    @Test
    void shouldNeitherBlockChangesNorOtherDeliveriesWhileAReceiverHangs() throws Exception {
        // given
        started(webhooks().withRetryDelays(), receiver.url());
        receiver.hanging();
        long productId = katana.catalogue().productIds().get(0);

        // when
        katana.catalogue().renameProduct(productId, "Bekleyen");
        receiver.await(1);
        katana.catalogue().renameProduct(productId, "Sonraki");

        // then
        assertThat(receiver.await(2)).hasSize(2);
        assertThat(katana.catalogue().product(productId).orElseThrow().path("name").asString()).isEqualTo("Sonraki");
        assertThat(katana.webhookStats().pending()).isEqualTo(2);
    }

    static KatanaWebhookConfig webhooks() {
        return KatanaWebhookConfig.defaults().withHttpAllowed(true);
    }

    private void started(KatanaWebhookConfig webhooks, String url) {
        katana = KatanaSimulator.start(KatanaSimulatorConfig.defaults().withWebhooks(webhooks),
                KatanaCatalogue.generate(2, 5));
        katana.registerWebhook(url, List.of("product.updated"));
    }

    private void changeAProduct() {
        katana.catalogue().renameProduct(katana.catalogue().productIds().get(0), "Tekrar");
    }

    private static Duration gap(List<KatanaWebhookAttempt> attempts, int index) {
        return Duration.between(attempts.get(index).sentAt(), attempts.get(index + 1).sentAt());
    }
}
