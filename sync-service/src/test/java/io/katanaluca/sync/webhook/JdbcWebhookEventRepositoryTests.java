package io.katanaluca.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.MigratedH2;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Against H2 with the real migrations. */
class JdbcWebhookEventRepositoryTests {

    private final JdbcTemplate jdbc = MigratedH2.fresh("webhooks");
    private final JdbcWebhookEventRepository events = new JdbcWebhookEventRepository(jdbc);
    private final WebhookEvent productUpdated = new WebhookEvent("product", "product.updated", 1L, 7L);

    @Test
    void shouldRecordAnIdenticalDeliveryOnlyOnceWhileItIsPending() {
        assertThat(events.recordUnlessPending("key-1", productUpdated, 0, Instant.now())).isTrue();
        assertThat(events.recordUnlessPending("key-1", productUpdated, 1, Instant.now())).isFalse();

        assertThat(events.count(JdbcWebhookEventRepository.RECEIVED)).isEqualTo(1);
    }

    @Test
    void shouldRecordTheSameBodyAgainOnceTheEarlierEventWasProcessed() {
        events.recordUnlessPending("key-2", productUpdated, 0, Instant.now());
        jdbc.update("UPDATE katana_webhook_event SET status = 'PROCESSED' WHERE delivery_key = 'key-2'");

        assertThat(events.recordUnlessPending("key-2", productUpdated, 0, Instant.now())).isTrue();
    }

    @Test
    void shouldKeepEventsItDoesNotActOnAsIgnored() {
        events.recordUnlessPending("key-3", new WebhookEvent("purchase_order", "purchase_order.created", 1L, 9L), 0, Instant.now());

        assertThat(events.count(JdbcWebhookEventRepository.IGNORED)).isEqualTo(1);
        assertThat(events.count(JdbcWebhookEventRepository.RECEIVED)).isZero();
    }
}
