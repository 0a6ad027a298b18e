package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.SimHttpServer;

/**
 * A strict, in-process stand-in for Katana's public REST API (read side): products, variants,
 * materials and customers with Katana's paging, filters, authentication and rate limit.
 *
 * <pre>{@code
 * try (KatanaSimulator katana = KatanaSimulator.start(KatanaSimulatorConfig.defaults(),
 *         KatanaCatalogue.generate(300, 42))) {
 *     client.get(katana.baseUrl() + "/products");   // Authorization: Bearer katana-demo-key
 * }
 * }</pre>
 */
public final class KatanaSimulator implements AutoCloseable {

    private final SimHttpServer server;
    private final KatanaCatalogue catalogue;
    private final RequestCounters counters;
    private final FixedWindowRateLimiter rateLimiter;
    private final KatanaApiHandler api;

    private KatanaSimulator(KatanaSimulatorConfig config, KatanaCatalogue catalogue) {
        this.catalogue = catalogue;
        this.counters = new RequestCounters();
        this.rateLimiter = new FixedWindowRateLimiter(config.rateLimitRequests(), config.rateLimitPeriod().toMillis(),
                System::currentTimeMillis);
        this.api = new KatanaApiHandler(config, rateLimiter, counters, new KatanaListEndpoint(catalogue));
        KatanaHttpHandler handler = new KatanaHttpHandler(api, new KatanaAdminHandler(catalogue, counters));
        this.server = SimHttpServer.start("Katana", config.port(), handler);
    }

    /** Starts with an empty catalogue; fill it through {@link #catalogue()}. */
    public static KatanaSimulator start(KatanaSimulatorConfig config) {
        return start(config, KatanaCatalogue.empty());
    }

    public static KatanaSimulator start(KatanaSimulatorConfig config, KatanaCatalogue catalogue) {
        return new KatanaSimulator(config, catalogue);
    }

    /** {@code http://127.0.0.1:<port>/v1}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    public int port() {
        return server.port();
    }

    /** The live catalogue: changes show up in the next response. */
    public KatanaCatalogue catalogue() {
        return catalogue;
    }

    public KatanaStats stats() {
        return counters.snapshot();
    }

    public void resetStats() {
        counters.reset();
    }

    /** Gives the API key a fresh quota window, so one test's requests do not throttle the next. */
    public void resetRateLimit() {
        rateLimiter.reset();
    }

    /** The next {@code count} requests that pass authentication and quota get a 500. */
    public void failNextRequests(int count) {
        api.failNextRequests(count);
    }

    @Override
    public void close() {
        server.close();
    }
}
