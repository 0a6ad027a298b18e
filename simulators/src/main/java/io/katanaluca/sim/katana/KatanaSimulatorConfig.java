package io.katanaluca.sim.katana;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link KatanaSimulator} behaves. Start from {@link #defaults()} and change what a test needs.
 *
 * @param port              0 picks a free port
 * @param apiKey            the only Bearer token accepted
 * @param rateLimitRequests requests allowed per key and window (Katana: 60)
 * @param rateLimitPeriod   the fixed window (Katana: 60 s)
 * @param latency           added to every API request
 * @param failureRate5xx    share of API requests answered 500, 0..1
 * @param bursts            bursts of 429 whatever the quota
 * @param seed              seeds the fault randomness (and the webhook duplicates)
 * @param webhooks          webhook registration and delivery
 */
public record KatanaSimulatorConfig(int port, String apiKey, int rateLimitRequests, Duration rateLimitPeriod,
        Duration latency, double failureRate5xx, TooManyRequestsBursts bursts, long seed, KatanaWebhookConfig webhooks) {

    public KatanaSimulatorConfig {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(rateLimitPeriod, "rateLimitPeriod");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(bursts, "bursts");
        if (port < 0 || rateLimitRequests < 1 || rateLimitPeriod.toMillis() < 1 || latency.isNegative()) {
            throw new IllegalArgumentException("Invalid Katana simulator config: port=" + port + ", rateLimit="
                    + rateLimitRequests + "/" + rateLimitPeriod + ", latency=" + latency);
        }
        if (failureRate5xx < 0 || failureRate5xx > 1) {
            throw new IllegalArgumentException("failureRate5xx must be within 0..1: " + failureRate5xx);
        }
    }

    public static KatanaSimulatorConfig defaults() {
        return new KatanaSimulatorConfig(0, "katana-demo-key", 60, Duration.ofSeconds(60), Duration.ZERO, 0,
                TooManyRequestsBursts.NONE, 42, KatanaWebhookConfig.defaults());
    }

    public KatanaSimulatorConfig withPort(int port) {
        return new KatanaSimulatorConfig(port, apiKey, rateLimitRequests, rateLimitPeriod, latency, failureRate5xx,
                bursts, seed, webhooks);
    }

    public KatanaSimulatorConfig withApiKey(String apiKey) {
        return new KatanaSimulatorConfig(port, apiKey, rateLimitRequests, rateLimitPeriod, latency, failureRate5xx,
                bursts, seed, webhooks);
    }

    public KatanaSimulatorConfig withRateLimit(int requests, Duration period) {
        return new KatanaSimulatorConfig(port, apiKey, requests, period, latency, failureRate5xx, bursts, seed, webhooks);
    }

    public KatanaSimulatorConfig withLatency(Duration latency) {
        return new KatanaSimulatorConfig(port, apiKey, rateLimitRequests, rateLimitPeriod, latency, failureRate5xx,
                bursts, seed, webhooks);
    }

    public KatanaSimulatorConfig withFailureRate5xx(double failureRate5xx) {
        return new KatanaSimulatorConfig(port, apiKey, rateLimitRequests, rateLimitPeriod, latency, failureRate5xx,
                bursts, seed, webhooks);
    }

    /** Of every {@code every} authenticated requests the last {@code length} get a 429; {@code (0, 0)} for none. */
    public KatanaSimulatorConfig withTooManyRequestsBursts(int every, int length) {
        return new KatanaSimulatorConfig(port, apiKey, rateLimitRequests, rateLimitPeriod, latency, failureRate5xx,
                new TooManyRequestsBursts(every, length), seed, webhooks);
    }

    public KatanaSimulatorConfig withSeed(long seed) {
        return new KatanaSimulatorConfig(port, apiKey, rateLimitRequests, rateLimitPeriod, latency, failureRate5xx,
                bursts, seed, webhooks);
    }

    public KatanaSimulatorConfig withWebhooks(KatanaWebhookConfig webhooks) {
        return new KatanaSimulatorConfig(port, apiKey, rateLimitRequests, rateLimitPeriod, latency, failureRate5xx,
                bursts, seed, webhooks);
    }

    /** Lets webhooks point at {@code http://} urls (Katana requires https); for receivers on loopback. */
    public KatanaSimulatorConfig withHttpWebhooksAllowed(boolean allowed) {
        return withWebhooks(webhooks.withHttpAllowed(allowed));
    }
}
