package io.katanaluca.sync.schedule;

import io.katanaluca.sync.run.RunScope.RunMode;
import io.katanaluca.sync.run.SyncType;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sync.schedules.<name>}: recurring runs. Each names a sync type, a mode (FULL or
 * INCREMENTAL), a cron expression (5 fields, or 6 with seconds), a time zone and whether it is on.
 */
@ConfigurationProperties("sync")
public record ScheduleProperties(Map<String, Schedule> schedules) {

    public ScheduleProperties {
        schedules = schedules == null ? Map.of() : Map.copyOf(schedules);
    }

    public record Schedule(SyncType type, RunMode mode, String cron, ZoneId zone, Boolean enabled) {

        public Schedule {
            if (type == null || cron == null || cron.isBlank()) {
                throw new IllegalArgumentException("a schedule needs a type and a cron expression");
            }
            if (mode == RunMode.TARGETED) {
                throw new IllegalArgumentException("a schedule runs FULL or INCREMENTAL, not TARGETED");
            }
            mode = mode == null ? RunMode.INCREMENTAL : mode;
            zone = zone == null ? ZoneId.of("Europe/Istanbul") : zone;
            enabled = enabled == null || enabled;
        }
    }
}
