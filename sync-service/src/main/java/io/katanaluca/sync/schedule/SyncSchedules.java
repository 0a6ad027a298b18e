package io.katanaluca.sync.schedule;

import io.katanaluca.sync.run.RunScope.RunMode;
import io.katanaluca.sync.run.SyncType;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jobrunr.jobs.RecurringJob;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps JobRunr's recurring jobs in step with {@code sync.schedules}: an enabled schedule is
 * (re)registered under the id {@code sync-<name>}, a disabled one removed. JobRunr runs each firing
 * once across all nodes and shows the schedules, with their next run, in its dashboard.
 */
@Component
public class SyncSchedules {

    private static final Logger log = LoggerFactory.getLogger(SyncSchedules.class);
    static final String PREFIX = "sync-";

    private final ScheduleProperties properties;
    private final JobScheduler jobs;
    private final StorageProvider storage;

    SyncSchedules(ScheduleProperties properties, JobScheduler jobs, StorageProvider storage) {
        this.properties = properties;
        this.jobs = jobs;
        this.storage = storage;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        properties.schedules().forEach(this::register);
    }

    private void register(String name, ScheduleProperties.Schedule schedule) {
        String id = PREFIX + name;
        if (!schedule.enabled()) {
            jobs.deleteRecurringJob(id);
            log.info("Schedule {} is off", name);
            return;
        }
        SyncType type = schedule.type(); // plain values in the lambda: JobRunr analyses it, and method calls there are slow
        RunMode mode = schedule.mode();
        jobs.<ScheduledSync>scheduleRecurrently(id, schedule.cron(), schedule.zone(), sync -> sync.run(type, mode));
        log.info("Schedule {}: {} {} at '{}' ({})", name, schedule.mode(), schedule.type(), schedule.cron(), schedule.zone());
    }

    /** The configured schedules with their next run as JobRunr has it (null when switched off). */
    public List<ScheduleView> list() {
        Map<String, Instant> nextRuns = storage.getRecurringJobs().stream()
                .collect(java.util.stream.Collectors.toMap(RecurringJob::getId, RecurringJob::getNextRun, (a, b) -> a));
        return properties.schedules().entrySet().stream()
                .map(entry -> ScheduleView.of(entry.getKey(), entry.getValue(), nextRuns.get(PREFIX + entry.getKey())))
                .sorted(Comparator.comparing(ScheduleView::name)).toList();
    }

    /** A schedule as the API shows it. */
    public record ScheduleView(String name, String jobId, String syncType, String mode, String cron, String zone, boolean enabled,
            Instant nextRun) {

        static ScheduleView of(String name, ScheduleProperties.Schedule schedule, Instant nextRun) {
            return new ScheduleView(name, PREFIX + name, schedule.type().name(), schedule.mode().name(), schedule.cron(),
                    schedule.zone().getId(), schedule.enabled(), schedule.enabled() ? nextRun : null);
        }
    }
}
