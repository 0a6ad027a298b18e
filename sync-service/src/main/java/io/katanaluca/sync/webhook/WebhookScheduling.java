package io.katanaluca.sync.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Component;

/**
 * Coalescing: every event schedules the processing job for the end of its window under an id
 * derived from the window, and JobRunr ignores a job whose id it already has. So a burst of 200
 * events in one window yields one job, on whichever node receives them.
 */
@Component
class WebhookScheduling {

    private final JobScheduler jobs;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookScheduling(JobScheduler jobs, WebhookProperties properties, Clock clock) {
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    void scheduleWindowOf(Instant received) {
        long window = Math.max(1, properties.coalesceWindow().toMillis());
        long bucket = received.toEpochMilli() / window;
        UUID jobId = UUID.nameUUIDFromBytes(("katana-webhook-window-" + bucket).getBytes(StandardCharsets.UTF_8));
        jobs.<WebhookProcessor>schedule(jobId, Instant.ofEpochMilli((bucket + 1) * window), WebhookProcessor::process);
    }

    void scheduleNextWindow() {
        scheduleWindowOf(clock.instant().plus(properties.coalesceWindow()));
    }
}
