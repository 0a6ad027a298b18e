package io.katanaluca.sync.api;

import io.katanaluca.sync.schedule.SyncSchedules;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The recurring runs and when each fires next. */
@RestController
class ScheduleController {

    private final SyncSchedules schedules;

    ScheduleController(SyncSchedules schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/api/sync/schedules")
    List<SyncSchedules.ScheduleView> schedules() {
        return schedules.list();
    }
}
