package io.katanaluca.sync.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Katana webhooks.
 *
 * @param token the token Katana returned when the webhook was registered; it keys the signature.
 *     From configuration or KATANA_WEBHOOK_TOKEN; a webhook registered through the API stores its own.
 * @param coalesceWindow events arriving within this window become one targeted sync job
 */
@ConfigurationProperties("katana.webhook")
public record WebhookProperties(String token, Duration coalesceWindow) {

    public WebhookProperties {
        coalesceWindow = coalesceWindow == null ? Duration.ofSeconds(3) : coalesceWindow;
    }

    @Override
    public String toString() {
        return "WebhookProperties[token=****]";
    }
}
