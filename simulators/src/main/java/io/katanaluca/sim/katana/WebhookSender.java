package io.katanaluca.sim.katana;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts deliveries without blocking anyone: the POST is asynchronous, a retry waits on a
 * scheduler, and the catalogue change that caused it has returned long before. A send not
 * answered 2xx within the timeout is retried after each configured delay, with X-Katana-Retry-Num.
 */
final class WebhookSender implements AutoCloseable {

    private final KatanaWebhookConfig config;
    private final WebhookDeliveryLog log;
    private final PendingDeliveries pending;
    private HttpClient client;
    private final ScheduledExecutorService scheduler = new ScheduledThreadPoolExecutor(2, daemonThreads());

    WebhookSender(KatanaWebhookConfig config, WebhookDeliveryLog log, PendingDeliveries pending) {
        this.config = config;
        this.log = log;
        this.pending = pending;
    }

    /** A duplicated delivery sends its copy as soon as the first send is answered. */
    void send(WebhookDelivery delivery, boolean duplicated) {
        log.dispatched(duplicated);
        pending.started(duplicated ? 2 : 1);
        later(WebhookSend.first(delivery, duplicated), 0);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private void post(WebhookSend send) {
        Instant sentAt = Instant.now();
        try {
            client().sendAsync(request(send), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> answered(send, error == null
                            ? KatanaWebhookAttempt.answered(send, response.statusCode(), sentAt)
                            : KatanaWebhookAttempt.failed(send, error, sentAt)));
        } catch (RuntimeException e) {
            answered(send, KatanaWebhookAttempt.failed(send, e, sentAt));
        }
    }

    private void answered(WebhookSend send, KatanaWebhookAttempt attempt) {
        log.record(attempt);
        if (send.duplicateAfter()) {
            later(send.duplicateCopy(), 0);
        }
        if (attempt.succeeded()) {
            pending.finished();
        } else if (send.retryNum() < config.maxRetries()) {
            later(send.nextRetry(), config.retryDelays().get(send.retryNum()).toMillis());
        } else {
            log.gaveUp();
            pending.finished();
        }
    }

    /** Made on first use: most simulators never deliver, and a client holds a selector thread. */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(config.timeout())
                    .build();
        }
        return client;
    }

    private HttpRequest request(WebhookSend send) {
        WebhookDelivery delivery = send.delivery();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, delivery.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
        if (send.isRetry()) {
            request.header("X-Katana-Retry-Num", String.valueOf(send.retryNum()));
        }
        return request.build();
    }

    /** After close() nothing more is sent; what was pending stays pending. */
    private void later(WebhookSend send, long delayMillis) {
        try {
            scheduler.schedule(() -> post(send), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // The simulator is closing: dropping the send is what a stopped Katana does too.
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "katana-sim-webhooks-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
