package io.katanaluca.sim.katana;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the Katana simulator registers and delivers webhooks. Start from {@link #defaults()}.
 *
 * @param httpAllowed    accept {@code http://} urls too; Katana itself requires {@code https://},
 *                       but a receiver in a test or demo listens on plain http on loopback
 * @param timeout        a delivery not answered within it counts as failed (Katana: 10 s)
 * @param retryDelays    the wait before each retry, one per retry; Katana retries 3 times,
 *                       after roughly 30 s, 2 min and 15 min. The defaults (1 s, 2 s, 4 s) keep
 *                       the same shape at a pace a test or demo can wait for
 * @param duplicateShare share of deliveries sent twice, 0..1, to exercise de-duplication
 */
public record KatanaWebhookConfig(boolean httpAllowed, Duration timeout, List<Duration> retryDelays,
        double duplicateShare) {

    public KatanaWebhookConfig {
        Objects.requireNonNull(timeout, "timeout");
        retryDelays = List.copyOf(retryDelays);
        if (timeout.isNegative() || timeout.isZero() || retryDelays.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("Invalid webhook config: timeout=" + timeout + ", retryDelays="
                    + retryDelays);
        }
        if (duplicateShare < 0 || duplicateShare > 1) {
            throw new IllegalArgumentException("duplicateShare must be within 0..1: " + duplicateShare);
        }
    }

    public static KatanaWebhookConfig defaults() {
        return new KatanaWebhookConfig(false, Duration.ofSeconds(10),
                List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), 0);
    }

    public KatanaWebhookConfig withHttpAllowed(boolean httpAllowed) {
        return new KatanaWebhookConfig(httpAllowed, timeout, retryDelays, duplicateShare);
    }

    public KatanaWebhookConfig withTimeout(Duration timeout) {
        return new KatanaWebhookConfig(httpAllowed, timeout, retryDelays, duplicateShare);
    }

    /** One delay per retry; none means no retries. */
    public KatanaWebhookConfig withRetryDelays(Duration... retryDelays) {
        return new KatanaWebhookConfig(httpAllowed, timeout, List.of(retryDelays), duplicateShare);
    }

    public KatanaWebhookConfig withDuplicateShare(double duplicateShare) {
        return new KatanaWebhookConfig(httpAllowed, timeout, retryDelays, duplicateShare);
    }

    int maxRetries() {
        return retryDelays.size();
    }
}
