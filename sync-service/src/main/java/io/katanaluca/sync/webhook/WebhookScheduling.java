package io.katanaluca.sync.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Coalescing: the processing job is scheduled for the end of a window of time under an id derived
 * from that window, and JobRunr ignores a job whose id it already has. So a burst of 200 events in
 * one window yields one job, on whichever node receives them.
 *
 * <p>JobRunr enqueues a scheduled job up to one poll interval before its time. A job already taken
 * up has read the pending events, and a schedule under its id is dropped, so an event recorded after
 * that read would wait for the next event to be seen. Hence the window is the one that ends more
 * than a poll interval (and a second, for the nodes' clocks) from now: no poll that has run can have
 * taken its job, and the poll that takes it runs after the event was committed.
 *
 * <p>A safety net: once a minute, events pending for more than a minute (the job that was to read
 * them could not be scheduled, the database failed it past its retries, someone deleted it in the
 * JobRunr dashboard) get a processing job again.
 */
@Component
class WebhookScheduling {

    /** Tolerance for the clocks of the nodes, which judge the poll horizon each by its own. */
    private static final Duration CLOCK_MARGIN = Duration.ofSeconds(1);
    /** Far beyond how long events wait normally (a window and a poll or two), unless a run of their type is going. */
    static final Duration LEFT_WAITING = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(WebhookScheduling.class);

    private final JobScheduler jobs;
    private final JdbcWebhookEventRepository events;
    private final long windowMillis;
    private final Duration horizon;
    private final Clock clock;

    WebhookScheduling(JobScheduler jobs, JdbcWebhookEventRepository events, WebhookProperties properties,
            @Value("${jobrunr.background-job-server.poll-interval-in-seconds:15}") int pollIntervalSeconds, Clock clock) {
        this.jobs = jobs;
        this.events = events;
        this.windowMillis = Math.max(1, properties.coalesceWindow().toMillis());
        this.horizon = Duration.ofSeconds(pollIntervalSeconds).plus(CLOCK_MARGIN);
        this.clock = clock;
    }

    /**
     * Makes sure a processing job will read the pending events: call it after an event is committed,
     * and when a job leaves events pending (a burst still arriving, a run of their type going).
     */
    UUID scheduleProcessing() {
        long bucket = clock.instant().plus(horizon).toEpochMilli() / windowMillis;
        UUID jobId = UUID.nameUUIDFromBytes(("katana-webhook-window-" + bucket).getBytes(StandardCharsets.UTF_8));
        jobs.<WebhookProcessor>schedule(jobId, Instant.ofEpochMilli((bucket + 1) * windowMillis), WebhookProcessor::process);
        return jobId;
    }

    /** Schedules a processing job when events have been pending for more than {@link #LEFT_WAITING}; true if it did. */
    @Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    boolean lookAgainAtEventsLeftWaiting() {
        try {
            if (events.pendingSpan().filter(span -> span.oldest().isBefore(clock.instant().minus(LEFT_WAITING))).isEmpty()) {
                return false;
            }
            log.info("Katana events have waited for more than {}; scheduling a job to read them", LEFT_WAITING);
            scheduleProcessing();
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not look for Katana events left waiting; trying again in a minute", e);
            return false;
        }
    }
}
