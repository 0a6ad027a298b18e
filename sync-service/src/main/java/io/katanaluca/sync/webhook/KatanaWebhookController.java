package io.katanaluca.sync.webhook;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives Katana's webhook deliveries. Katana gives 10 s before it retries, so this only checks
 * the signature, records the event and answers; the work happens elsewhere. The signature is the
 * authentication: the endpoint needs no basic auth, and a missing or wrong signature gets 401 with
 * nothing recorded.
 */
@RestController
class KatanaWebhookController {

    private static final Logger log = LoggerFactory.getLogger(KatanaWebhookController.class);

    private final WebhookTokens tokens;
    private final JdbcWebhookEventRepository events;
    private final WebhookScheduling scheduling;
    private final JsonMapper json;
    private final Clock clock;

    KatanaWebhookController(WebhookTokens tokens, JdbcWebhookEventRepository events, WebhookScheduling scheduling,
            JsonMapper json, Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.scheduling = scheduling;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping("/api/webhooks/katana")
    ResponseEntity<Object> receive(@RequestBody(required = false) byte[] body,
            @RequestHeader(name = "x-sha2-signature", required = false) String signature,
            @RequestHeader(name = "X-Katana-Retry-Num", required = false) String retryNum) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!KatanaSignature.isValid(raw, signature, tokens.current())) {
            log.warn("Refused a Katana webhook delivery: {}", signature == null ? "no signature" : "signature does not match");
            return problem(HttpStatus.UNAUTHORIZED, "Invalid signature",
                    "The x-sha2-signature header is missing or does not match the body signed with the webhook token");
        }
        WebhookEvent event;
        try {
            event = parse(raw);
        } catch (JacksonException | IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "Malformed event", "The body is not a Katana webhook event: " + e.getMessage());
        }
        Instant now = clock.instant();
        boolean recorded = events.recordUnlessPending(sha256(raw), event, retries(retryNum), now);
        if (recorded && event.isActedOn()) {
            scheduling.scheduleProcessing();
        }
        log.info("Katana event {} for {} {}", event.action(), event.objectId(), recorded ? "recorded" : "already pending (duplicate or retry)");
        return ResponseEntity.accepted().body(Map.of("received", true, "duplicate", !recorded, "action", event.action()));
    }

    private WebhookEvent parse(byte[] raw) {
        JsonNode root = json.readTree(raw);
        String action = root.path("action").asString(null);
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("no action");
        }
        JsonNode object = root.path("object");
        return new WebhookEvent(root.path("resource_type").asString(null), action, longOrNull(root.path("webhook_id")),
                longOrNull(object.path("id")));
    }

    private static Long longOrNull(JsonNode node) {
        if (node.isNumber()) {
            return node.asLong();
        }
        String text = node.asString(null);
        return text == null || !text.trim().matches("\\d+") ? null : Long.valueOf(text.trim());
    }

    private static int retries(String header) {
        return header != null && header.trim().matches("\\d{1,3}") ? Integer.parseInt(header.trim()) : 0;
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
