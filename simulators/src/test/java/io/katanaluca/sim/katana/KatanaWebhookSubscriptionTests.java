package io.katanaluca.sim.katana;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KatanaWebhookSubscriptionTests {

    private final WebhookReceiver subscribed = WebhookReceiver.start();
    private final WebhookReceiver disabled = WebhookReceiver.start();
    private final WebhookReceiver otherEvents = WebhookReceiver.start();
    private KatanaSimulator katana;
    private KatanaClient client;
    private long productId;

    @BeforeEach
    void start() {
        katana = KatanaSimulator.start(KatanaSimulatorConfig.defaults().withHttpWebhooksAllowed(true),
                KatanaCatalogue.generate(2, 3));
        client = new KatanaClient(katana);
        productId = katana.catalogue().productIds().get(0);
    }

    @AfterEach
    void stop() {
        katana.close();
        List.of(subscribed, disabled, otherEvents).forEach(WebhookReceiver::close);
    }

    @Test
    void shouldDeliverOnlyToEnabledWebhooksSubscribedToTheEvent() throws Exception {
        // given
        KatanaWebhook wanted = katana.registerWebhook(subscribed.url(), List.of("product.updated"));
        client.api("POST", "/webhooks", "{\"url\":\"" + disabled.url()
                + "\",\"subscribed_events\":[\"product.updated\"],\"enabled\":false}");
        katana.registerWebhook(otherEvents.url(), List.of("product.created", "variant.updated", "sales_order.created"));

        // when
        katana.catalogue().renameProduct(productId, "Abone");

        // then
        subscribed.await(1);
        assertThat(katana.awaitWebhookDeliveries(Duration.ofSeconds(5))).isTrue();
        assertThat(subscribed.received()).hasSize(1);
        assertThat(disabled.received()).isEmpty();
        assertThat(otherEvents.received()).isEmpty();
        assertThat(katana.webhookDeliveries()).extracting(KatanaWebhookAttempt::webhookId)
                .containsExactly(wanted.id());
    }

    @Test
    void shouldStopDeliveringOnceDisabledOrDeleted() throws Exception {
        // given
        KatanaWebhook first = katana.registerWebhook(subscribed.url(), List.of("product.updated"));
        KatanaWebhook second = katana.registerWebhook(disabled.url(), List.of("product.updated"));
        KatanaWebhook control = katana.registerWebhook(otherEvents.url(), List.of("product.updated"));
        client.api("PATCH", "/webhooks/" + first.id(), "{\"enabled\":false}");
        client.api("DELETE", "/webhooks/" + second.id(), null);

        // when
        katana.catalogue().renameProduct(productId, "Kapalı");

        // then
        otherEvents.await(1);
        assertThat(katana.awaitWebhookDeliveries(Duration.ofSeconds(5))).isTrue();
        assertThat(subscribed.received()).isEmpty();
        assertThat(disabled.received()).isEmpty();
        assertThat(katana.webhookDeliveries()).extracting(KatanaWebhookAttempt::webhookId)
                .containsExactly(control.id());
    }

    @Test
    void shouldStopDeliveringAfterClose() throws Exception {
        // given
        katana.registerWebhook(subscribed.url(), List.of("product.updated"));
        katana.close();

        // when
        katana.catalogue().renameProduct(productId, "Kapandı");

        // then
        assertThat(katana.webhookStats().deliveries()).isZero();
    }
}
