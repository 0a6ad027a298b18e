package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.run.SyncProperties;
import io.katanaluca.sync.run.SyncType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the web page needs to know of the service: the sync types it can start, the zone of its days
 * and of every time it shows ({@code sync.time-zone}), where JobRunr's dashboard is.
 */
@RestController
@Tag(name = "Dashboard")
class DashboardConfigController {

    private final DashboardConfig config;

    DashboardConfigController(SyncProperties properties, @Value("${jobrunr.dashboard.enabled:false}") boolean jobRunrDashboard,
            @Value("${jobrunr.dashboard.port:8000}") int jobRunrPort) {
        this.config = new DashboardConfig(Arrays.stream(SyncType.values()).map(Enum::name).toList(), properties.timeZone().getId(),
                jobRunrDashboard ? jobRunrPort : null);
    }

    @GetMapping("/api/sync/dashboard/config")
    @Operation(summary = "The sync types, the time zone of the figures' days and of every time the page shows, and the JobRunr"
            + " dashboard's port (null when it is off)")
    DashboardConfig config() {
        return config;
    }

    record DashboardConfig(List<String> syncTypes, String timeZone, Integer jobRunrDashboardPort) {
    }
}
