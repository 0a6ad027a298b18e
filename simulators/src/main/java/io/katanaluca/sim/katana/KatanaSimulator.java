package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.SimHttpServer;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A strict, in-process stand-in for Katana's public REST API (read side): products, variants,
 * materials, customers, sales orders (rows, addresses, fulfillments, shipping fees) and tax rates,
 * with Katana's paging, filters, authentication and rate limit; and webhooks, delivered (signed,
 * retried, sometimes duplicated) when the catalogue changes.
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
    private final WebhookService webhooks;

    private KatanaSimulator(KatanaSimulatorConfig config, KatanaCatalogue catalogue) {
        this.catalogue = catalogue;
        this.counters = new RequestCounters();
        this.rateLimiter = new FixedWindowRateLimiter(config.rateLimitRequests(), config.rateLimitPeriod().toMillis(),
                System::currentTimeMillis);
        this.webhooks = new WebhookService(config, catalogue, this::baseUrl);
        this.api = new KatanaApiHandler(config, rateLimiter, counters, new KatanaListEndpoint(catalogue),
                webhooks.endpoint());
        KatanaHttpHandler handler = new KatanaHttpHandler(api, new KatanaAdminHandler(catalogue, counters),
                new WebhookAdminHandler(webhooks));
        this.server = SimHttpServer.start("Katana", config.port(), handler);
        webhooks.start();
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

    /** The live sales orders, oldest id first, as {@code GET /v1/sales_orders/{id}} serves them. */
    public List<JsonNode> salesOrders() {
        return catalogue.salesOrders();
    }

    public Optional<JsonNode> salesOrder(long id) {
        return catalogue.salesOrder(id);
    }

    /** As {@link KatanaCatalogue#addSalesOrder}: checked, fires {@code sales_order.created}. */
    public long addSalesOrder(Map<String, ?> order) {
        return catalogue.addSalesOrder(order);
    }

    /** As {@link KatanaCatalogue#updateSalesOrderStatus}: DELIVERED fires {@code sales_order.delivered} and {@code .updated}. */
    public void updateSalesOrderStatus(long id, String status) {
        catalogue.updateSalesOrderStatus(id, status);
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

    /** The registered webhooks, oldest first, tokens included. */
    public List<KatanaWebhook> webhooks() {
        return webhooks.webhooks();
    }

    /**
     * Registers a webhook as {@code POST /v1/webhooks} would (same validation: an {@code http://}
     * url needs {@link KatanaSimulatorConfig#withHttpWebhooksAllowed}); returns it with its token.
     */
    public KatanaWebhook registerWebhook(String url, Collection<String> events) {
        return webhooks.register(url, events);
    }

    /** The latest delivery attempts (at most 10,000), oldest first. */
    public List<KatanaWebhookAttempt> webhookDeliveries() {
        return webhooks.deliveries();
    }

    public KatanaWebhookStats webhookStats() {
        return webhooks.stats();
    }

    /** Clears the attempts and counts; deliveries under way go on. */
    public void resetWebhookDeliveries() {
        webhooks.resetDeliveries();
    }

    /** The next {@code count} deliveries are sent twice (the copy without a retry header). */
    public void duplicateNextWebhookDeliveries(int count) {
        webhooks.duplicateNext(count);
    }

    /**
     * Waits until no delivery is under way (waiting retries count as under way). Deliveries
     * for a change are queued before the change returns, so this covers every earlier change.
     *
     * @return false if deliveries were still under way when the timeout passed
     */
    public boolean awaitWebhookDeliveries(Duration timeout) throws InterruptedException {
        return webhooks.awaitIdle(timeout);
    }

    /** Stops the server and webhook deliveries; queued retries are dropped. */
    @Override
    public void close() {
        webhooks.close();
        server.close();
    }
}
