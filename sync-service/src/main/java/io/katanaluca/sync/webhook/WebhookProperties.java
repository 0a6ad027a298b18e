package io.katanaluca.sync.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code katana.webhook.token}: the token Katana returned when the webhook was registered; it keys
 * the signature. Without it every delivery is refused. From configuration or KATANA_WEBHOOK_TOKEN.
 */
@ConfigurationProperties("katana.webhook")
public record WebhookProperties(String token) {

    @Override
    public String toString() {
        return "WebhookProperties[token=****]";
    }
}
