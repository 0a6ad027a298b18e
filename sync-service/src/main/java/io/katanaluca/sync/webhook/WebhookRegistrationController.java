package io.katanaluca.sync.webhook;

import io.katanaluca.sync.katana.KatanaWebhookApi;
import io.katanaluca.sync.katana.KatanaWebhookApi.RegisteredWebhook;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registers this service's webhook endpoint in Katana for the catalogue events and keeps the token
 * Katana returns, so deliveries can be verified. Katana only accepts https URLs.
 */
@RestController
class WebhookRegistrationController {

    static final List<String> EVENTS = List.of("product.created", "product.updated", "product.deleted", "variant.created",
            "variant.updated", "variant.deleted", "material.created", "material.updated", "material.deleted");
    /** With {@code katana.webhook.sales-orders}: the order events an invoice can follow from. */
    static final List<String> SALES_ORDER_EVENTS = List.of("sales_order.created", "sales_order.updated", "sales_order.delivered",
            "sales_order.deleted");

    private final KatanaWebhookApi katana;
    private final WebhookTokens tokens;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookRegistrationController(KatanaWebhookApi katana, WebhookTokens tokens, WebhookProperties properties, Clock clock) {
        this.katana = katana;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    record RegistrationRequest(String url) {
    }

    private boolean isAcceptable(String url) {
        String lower = url == null ? "" : url.trim().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || properties.allowHttp() && lower.startsWith("http://");
    }

    @PostMapping("/api/webhooks/katana/registration")
    ResponseEntity<Object> register(@RequestBody(required = false) RegistrationRequest request) {
        String url = request == null ? null : request.url();
        if (!isAcceptable(url)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Give the public https URL of this"
                    + " service's /api/webhooks/katana endpoint as {\"url\":\"https://…/api/webhooks/katana\"}; Katana accepts only https");
            problem.setTitle("Bad request");
            problem.setType(URI.create("about:blank"));
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        List<String> subscribed = properties.salesOrders() ? java.util.stream.Stream.concat(EVENTS.stream(), SALES_ORDER_EVENTS.stream()).toList()
                : EVENTS;
        RegisteredWebhook webhook = katana.register(url.trim(), subscribed, "Katana → Luca Sync");
        tokens.remember(webhook, clock.instant());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("katanaWebhookId", webhook.id(), "url", webhook.url(),
                "subscribedEvents", webhook.subscribedEvents(), "token", "stored (not shown)"));
    }
}
