package io.katanaluca.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.MigratedH2;
import io.katanaluca.sync.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.jobs.states.ScheduledState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.InMemoryStorageProvider;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;
import org.junit.jupiter.api.Test;

/** Against JobRunr's scheduler and in-memory storage, and H2 with the real migrations: which job an event's arrival schedules, and when. */
class WebhookSchedulingTests {

    private static final Duration WINDOW = Duration.ofSeconds(2);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(5);

    private final InMemoryStorageProvider jobStorage = new InMemoryStorageProvider();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00.300Z"));
    private final JdbcWebhookEventRepository events = new JdbcWebhookEventRepository(MigratedH2.fresh("webhook-scheduling"));
    private final WebhookScheduling scheduling;

    WebhookSchedulingTests() {
        jobStorage.setJobMapper(new JobMapper(new Jackson3JsonMapper()));
        scheduling = new WebhookScheduling(new JobScheduler(jobStorage), events, new WebhookProperties(null, WINDOW, false, false),
                (int) POLL_INTERVAL.toSeconds(), clock);
    }

    @Test
    void shouldScheduleOneJobForTheEventsOfOneWindow() {
        UUID first = scheduling.scheduleProcessing();
        clock.advance(Duration.ofMillis(1_500));
        UUID second = scheduling.scheduleProcessing();

        assertThat(second).isEqualTo(first);
        assertThat(jobStorage.countJobs(StateName.SCHEDULED)).isEqualTo(1);
    }

    @Test
    void shouldScheduleTheJobBeyondWhatAPollAlreadyRunCouldHaveTakenUp() {
        Instant now = clock.instant();

        Instant at = scheduledAt(scheduling.scheduleProcessing());

        assertThat(at).isAfter(now.plus(POLL_INTERVAL)).isBeforeOrEqualTo(now.plus(POLL_INTERVAL).plusSeconds(1).plus(WINDOW));
    }

    /**
     * What lost events: JobRunr takes up a scheduled job as much as a poll interval before its time.
     * From then on, an event's arrival or a job's follow-up must schedule another job, never drop
     * its schedule against the id of one that has already read the pending events.
     */
    @Test
    void shouldNeverScheduleUnderTheIdOfAJobThatAPollMayHaveTakenUp() {
        UUID first = scheduling.scheduleProcessing();
        Instant takeableFrom = scheduledAt(first).minus(POLL_INTERVAL);
        clock.advance(Duration.between(clock.instant(), takeableFrom));

        for (int step = 0; step < 100; step++) {
            Instant now = clock.instant();
            UUID next = scheduling.scheduleProcessing();

            assertThat(next).as("scheduled at %s", now).isNotEqualTo(first);
            assertThat(scheduledAt(next)).isAfter(now.plus(POLL_INTERVAL));
            clock.advance(Duration.ofMillis(70));
        }
    }

    /** The safety net: events whose job never came (it could not be scheduled, or was deleted) are not left waiting for ever. */
    @Test
    void shouldScheduleAJobAgainForEventsLeftWaitingForMoreThanAMinute() {
        events.recordUnlessPending("key-1", new WebhookEvent("product", "product.updated", 1L, 7L), 0, clock.instant());

        clock.advance(Duration.ofSeconds(30));
        assertThat(scheduling.lookAgainAtEventsLeftWaiting()).as("events that wait a window and a poll or two").isFalse();
        clock.advance(WebhookScheduling.LEFT_WAITING);
        assertThat(scheduling.lookAgainAtEventsLeftWaiting()).isTrue();

        assertThat(jobStorage.countJobs(StateName.SCHEDULED)).isEqualTo(1);
        events.mark(events.pending(10).stream().map(JdbcWebhookEventRepository.PendingEvent::id).toList(), JdbcWebhookEventRepository.PROCESSED,
                clock.instant());
        assertThat(scheduling.lookAgainAtEventsLeftWaiting()).isFalse();
    }

    private Instant scheduledAt(UUID jobId) {
        return ((ScheduledState) jobStorage.getJobById(jobId).getJobState()).getScheduledAt();
    }
}
