package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import tools.jackson.databind.node.ObjectNode;

/**
 * One POST of a webhook delivery, as the simulator saw it end.
 *
 * @param event     the action, e.g. {@code product.updated}
 * @param objectId  the id in the payload's object
 * @param attempt   0 for the first send, 1-3 for retries (the X-Katana-Retry-Num sent)
 * @param duplicate the extra copy of a duplicated delivery
 * @param status    the receiver's HTTP status, 0 when there was no answer
 * @param error     why there was no answer (connection refused, timeout), else null
 * @param sentAt    when the POST started
 */
public record KatanaWebhookAttempt(long webhookId, String event, long objectId, String url, int attempt,
        boolean duplicate, int status, String error, Instant sentAt) {

    static KatanaWebhookAttempt answered(WebhookSend send, int status, Instant sentAt) {
        return of(send, status, null, sentAt);
    }

    static KatanaWebhookAttempt failed(WebhookSend send, Throwable error, Instant sentAt) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return of(send, 0, cause.getClass().getSimpleName() + ": " + cause.getMessage(), sentAt);
    }

    /** Answered 2xx: no retry follows. */
    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("webhookId", webhookId);
        json.put("event", event);
        json.put("objectId", objectId);
        json.put("url", url);
        json.put("attempt", attempt);
        json.put("duplicate", duplicate);
        json.put("status", status);
        json.put("error", error);
        json.put("sentAt", Timestamps.format(sentAt));
        return json;
    }

    private static KatanaWebhookAttempt of(WebhookSend send, int status, String error, Instant sentAt) {
        WebhookDelivery delivery = send.delivery();
        return new KatanaWebhookAttempt(delivery.webhookId(), delivery.event().action(), delivery.event().objectId(),
                delivery.url(), send.retryNum(), send.duplicate(), status, error, sentAt);
    }
}
