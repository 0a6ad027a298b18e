package io.katanaluca.sync.webhook;

import io.katanaluca.sync.katana.KatanaWebhookApi.RegisteredWebhook;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The token that keys webhook signatures: {@code katana.webhook.token} when set, otherwise the
 * token of the newest webhook this service registered in Katana (kept in the database, never
 * returned by the API or logged).
 */
@Component
class WebhookTokens {

    private final WebhookProperties properties;
    private final JdbcTemplate jdbc;

    WebhookTokens(WebhookProperties properties, JdbcTemplate jdbc) {
        this.properties = properties;
        this.jdbc = jdbc;
    }

    String current() {
        if (properties.token() != null && !properties.token().isBlank()) {
            return properties.token();
        }
        return registered().orElse(null);
    }

    void remember(RegisteredWebhook webhook, Instant now) {
        jdbc.update("INSERT INTO katana_webhook_registration (katana_webhook_id, url, token, events, created_at) VALUES (?, ?, ?, ?, ?)",
                webhook.id(), webhook.url(), webhook.token(), String.join(",", webhook.subscribedEvents()), Timestamp.from(now));
    }

    private Optional<String> registered() {
        return jdbc.queryForList("SELECT token FROM katana_webhook_registration ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", String.class)
                .stream().findFirst();
    }
}
