package io.katanaluca.sim;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Command-line settings of {@link SimulatorsMain}: {@code --key=value} arguments, falling back
 * to {@code -Dkey=value} system properties, then to the defaults below.
 */
final class SimulatorOptions {

    static final List<String> KEYS = List.of("katana.port", "katana.api-key", "katana.rate-limit",
            "katana.rate-period-seconds", "katana.latency-ms", "katana.failure-rate", "katana.burst-429-every",
            "katana.burst-429-length", "katana.webhooks-allow-http",
            "katana.webhook-duplicate-share", "products", "materials", "sales-orders", "awkward-sales-orders", "seed",
            "catalogue", "luca.port", "luca.org-code", "luca.username", "luca.password", "luca.session-minutes",
            "luca.latency-ms", "luca.latency-jitter-ms", "luca.failure-rate", "luca.html-error-rate", "luca.html-expiry-share",
            "luca.session-expiry-seconds",
            "luca.max-concurrent", "luca.list-key", "luca.lost-reply-rate");

    private final Map<String, String> values;

    private SimulatorOptions(Map<String, String> values) {
        this.values = values;
    }

    static SimulatorOptions parse(String[] args, Properties system) {
        Map<String, String> values = new HashMap<>();
        KEYS.stream().filter(system::containsKey).forEach(key -> values.put(key, system.getProperty(key)));
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String key = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("Unknown option '" + arg + "'; known: --" + String.join("=, --", KEYS) + "=");
            }
            values.put(key, arg.substring(equals + 1));
        }
        return new SimulatorOptions(values);
    }

    KatanaSimulatorConfig katana() {
        KatanaSimulatorConfig defaults = KatanaSimulatorConfig.defaults();
        return defaults.withPort(number("katana.port", 8081))
                .withApiKey(text("katana.api-key", defaults.apiKey()))
                .withRateLimit(number("katana.rate-limit", 60),
                        Duration.ofSeconds(number("katana.rate-period-seconds", 60)))
                .withLatency(Duration.ofMillis(number("katana.latency-ms", 0)))
                .withFailureRate5xx(share("katana.failure-rate"))
                .withTooManyRequestsBursts(number("katana.burst-429-every", 0), number("katana.burst-429-length", 0))
                .withWebhooks(defaults.webhooks().withHttpAllowed(flag("katana.webhooks-allow-http"))
                        .withDuplicateShare(share("katana.webhook-duplicate-share")))
                .withSeed(number("seed", 42));
    }

    /** A file, a {@code classpath:} resource, or a generated catalogue; the awkward sales orders on top when asked for. */
    KatanaCatalogue catalogue() {
        KatanaCatalogue catalogue = loadOrGenerate();
        if (flag("awkward-sales-orders")) {
            catalogue.addAwkwardSalesOrders();
        }
        return catalogue;
    }

    private KatanaCatalogue loadOrGenerate() {
        String source = values.get("catalogue");
        if (source == null) {
            return KatanaCatalogue.generate(number("products", 300), number("materials", 0), number("sales-orders", 0),
                    number("seed", 42));
        }
        return source.startsWith("classpath:") ? KatanaCatalogue.fromClasspath(source.substring("classpath:".length()))
                : KatanaCatalogue.fromJson(Path.of(source));
    }

    LucaSimulatorConfig luca() {
        LucaSimulatorConfig defaults = LucaSimulatorConfig.defaults();
        return defaults.withPort(number("luca.port", 8082))
                .withCredentials(text("luca.org-code", defaults.orgCode()), text("luca.username", defaults.username()),
                        text("luca.password", defaults.password()))
                .withSessionLifetime(Duration.ofMinutes(number("luca.session-minutes", 20)))
                .withLatency(Duration.ofMillis(number("luca.latency-ms", 0)))
                .withLatencyJitter(Duration.ofMillis(number("luca.latency-jitter-ms", 0)))
                .withSessionExpiryInterval(Duration.ofSeconds(number("luca.session-expiry-seconds", 0)))
                .withFailureRate5xx(share("luca.failure-rate"))
                .withHtmlErrorRate(share("luca.html-error-rate"))
                .withHtmlExpiryShare(share("luca.html-expiry-share"))
                .withLostReplyRate(share("luca.lost-reply-rate"))
                .withMaxConcurrent(number("luca.max-concurrent", 0))
                .withStockListKey(text("luca.list-key", defaults.stockListKey()))
                .withSeed(number("seed", 42));
    }

    private String text(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    private int number(String key, int fallback) {
        try {
            return values.containsKey(key) ? Integer.parseInt(values.get(key).trim()) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " must be a whole number: " + values.get(key), e);
        }
    }

    private boolean flag(String key) {
        String text = values.getOrDefault(key, "false").trim();
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("--" + key + " must be true or false: " + text);
        }
        return Boolean.parseBoolean(text);
    }

    private double share(String key) {
        try {
            return values.containsKey(key) ? Double.parseDouble(values.get(key).trim()) : 0;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " must be a number between 0 and 1: " + values.get(key), e);
        }
    }
}
