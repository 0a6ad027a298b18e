package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.QueryString;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulated /v1 API. Order of checks as seen from Katana: authentication, then the injected 429
 * bursts and the quota (a 429 still carries the quota headers), then the injected latency and
 * failures, then routing.
 */
final class KatanaApiHandler {

    private static final String BEARER = "Bearer ";

    private final KatanaSimulatorConfig config;
    private final FixedWindowRateLimiter rateLimiter;
    private final RequestCounters counters;
    private final KatanaListEndpoint endpoint;
    private final WebhookEndpoint webhooks;
    private final Random random;
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicLong authenticated = new AtomicLong();

    KatanaApiHandler(KatanaSimulatorConfig config, FixedWindowRateLimiter rateLimiter, RequestCounters counters,
            KatanaListEndpoint endpoint, WebhookEndpoint webhooks) {
        this.config = config;
        this.rateLimiter = rateLimiter;
        this.counters = counters;
        this.endpoint = endpoint;
        this.webhooks = webhooks;
        this.random = new Random(config.seed());
    }

    HttpReply handle(String method, String path, String authorization, QueryString query, String body) {
        counters.request(path);
        if (!isAuthorized(authorization)) {
            counters.unauthorized();
            return KatanaErrors.unauthorized();
        }
        RateLimitDecision quota = config.bursts().refuses(authenticated.incrementAndGet()) ? inBurst()
                : rateLimiter.acquire(config.apiKey());
        HttpReply reply = quota.allowed() ? afterQuota(method, path, query, body) : tooManyRequests(quota);
        return withQuotaHeaders(reply, quota);
    }

    void failNextRequests(int count) {
        failNext.set(count);
    }

    private boolean isAuthorized(String authorization) {
        return authorization != null && authorization.startsWith(BEARER)
                && authorization.substring(BEARER.length()).trim().equals(config.apiKey());
    }

    /** Refused for a second, whatever the quota: no quota is used. */
    private RateLimitDecision inBurst() {
        long now = System.currentTimeMillis();
        return RateLimitDecision.denied(config.rateLimitRequests(), now + 1000, now);
    }

    private HttpReply tooManyRequests(RateLimitDecision quota) {
        counters.tooMany();
        return KatanaErrors.tooManyRequests().withHeader("Retry-After", String.valueOf(quota.retryAfterSeconds()));
    }

    private HttpReply afterQuota(String method, String path, QueryString query, String body) {
        sleep(config.latency().toMillis());
        if (shouldFail()) {
            counters.injectedFailure();
            return KatanaErrors.internal();
        }
        return route(method, path, query, body);
    }

    private boolean shouldFail() {
        int left = failNext.getAndUpdate(n -> Math.max(0, n - 1));
        return left > 0 || (config.failureRate5xx() > 0 && random.nextDouble() < config.failureRate5xx());
    }

    /** Webhooks, else only the read side; Katana answers unknown routes, other verbs included, with 404. */
    private HttpReply route(String method, String path, QueryString query, String body) {
        String[] parts = path.split("/");
        if (WebhookEndpoint.isWebhookPath(parts)) {
            return webhooks.handle(method, parts, query, body);
        }
        if (!"GET".equals(method) || parts.length < 3 || parts.length > 4 || !parts[1].equals("v1")) {
            return KatanaErrors.notFound();
        }
        Optional<KatanaResource> resource = KatanaResource.byPathName(parts[2]);
        if (resource.isEmpty()) {
            return KatanaErrors.notFound();
        }
        return parts.length == 3 ? endpoint.list(resource.get(), query) : byId(resource.get(), parts[3]);
    }

    private HttpReply byId(KatanaResource resource, String id) {
        if (!resource.isGettableById() || !id.matches("\\d{1,18}")) {
            return KatanaErrors.notFound();
        }
        return endpoint.get(resource, Long.parseLong(id));
    }

    private static HttpReply withQuotaHeaders(HttpReply reply, RateLimitDecision quota) {
        return reply.withHeader("X-Ratelimit-Limit", String.valueOf(quota.limit()))
                .withHeader("X-Ratelimit-Remaining", String.valueOf(quota.remaining()))
                .withHeader("X-Ratelimit-Reset", String.valueOf(quota.resetEpochMillis()));
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
