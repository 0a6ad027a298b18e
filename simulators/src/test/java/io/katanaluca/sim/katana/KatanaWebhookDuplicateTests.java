package io.katanaluca.sim.katana;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KatanaWebhookDuplicateTests {

    private final WebhookReceiver receiver = WebhookReceiver.start();
    private KatanaSimulator katana;

    @AfterEach
    void stop() {
        katana.close();
        receiver.close();
    }

    @Test
    void shouldSendTheNextDeliveriesTwiceWhenForced() throws Exception {
        // given
        started(KatanaWebhookRetryTests.webhooks());
        katana.duplicateNextWebhookDeliveries(1);

        // when
        katana.catalogue().renameProduct(productId(0), "İki kez");
        katana.catalogue().renameProduct(productId(1), "Bir kez");

        // then
        receiver.await(3);
        assertThat(katana.awaitWebhookDeliveries(Duration.ofSeconds(5))).isTrue();
        List<WebhookReceiver.Received> requests = receiver.received();
        assertThat(requests).hasSize(3);
        assertThat(requests).extracting(WebhookReceiver.Received::event).containsOnlyOnce(
                "product.updated " + productId(1));
        List<WebhookReceiver.Received> twice = requests.stream()
                .filter(r -> r.event().equals("product.updated " + productId(0))).toList();
        assertThat(twice).hasSize(2);
        assertThat(twice.get(1).text()).isEqualTo(twice.get(0).text());
        assertThat(twice.get(1).header("x-sha2-signature")).isEqualTo(twice.get(0).header("x-sha2-signature"));
        assertThat(twice).extracting(r -> r.header("X-Katana-Retry-Num")).containsOnlyNulls();
        assertThat(katana.webhookDeliveries()).filteredOn(KatanaWebhookAttempt::duplicate)
                .extracting(KatanaWebhookAttempt::objectId).containsExactly(productId(0));
        assertThat(katana.webhookStats().duplicates()).isEqualTo(1);
        assertThat(katana.webhookStats().deliveries()).isEqualTo(2);
    }

    @Test
    void shouldDuplicateTheConfiguredShare() throws Exception {
        // given
        started(KatanaWebhookRetryTests.webhooks().withDuplicateShare(1));

        // when
        katana.catalogue().renameProduct(productId(0), "Hep iki kez");

        // then
        receiver.await(2);
        assertThat(katana.awaitWebhookDeliveries(Duration.ofSeconds(5))).isTrue();
        assertThat(receiver.received()).hasSize(2);
        assertThat(katana.webhookStats().attempts()).isEqualTo(2);
    }

    private void started(KatanaWebhookConfig webhooks) {
        katana = KatanaSimulator.start(KatanaSimulatorConfig.defaults().withWebhooks(webhooks),
                KatanaCatalogue.generate(2, 5));
        katana.registerWebhook(receiver.url(), List.of("product.updated"));
    }

    private long productId(int index) {
        return katana.catalogue().productIds().get(index);
    }
}
