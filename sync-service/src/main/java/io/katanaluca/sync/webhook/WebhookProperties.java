package io.katanaluca.sync.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Katana webhooks.
 *
 * @param token the token Katana returned when the webhook was registered; it keys the signature.
 *     From configuration or KATANA_WEBHOOK_TOKEN; a webhook registered through the API stores its own.
 * @param coalesceWindow events arriving within this window become one targeted sync job
 * @param allowHttp lets the registration endpoint accept an http URL; only for simulators on
 *     loopback, since Katana itself accepts https only
 * @param salesOrders whether {@code sales_order.*} events become targeted SALES_INVOICE runs (and
 *     the registration subscribes to them); off by default, since invoicing needs {@code sync.invoices.*}
 */
@ConfigurationProperties("katana.webhook")
public record WebhookProperties(String token, Duration coalesceWindow, boolean allowHttp, boolean salesOrders) {

    public WebhookProperties {
        coalesceWindow = coalesceWindow == null ? Duration.ofSeconds(3) : coalesceWindow;
    }

    @Override
    public String toString() {
        return "WebhookProperties[token=****]";
    }
}
