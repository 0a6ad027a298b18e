package io.katanaluca.sync.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The seed's {@code SyncDashboardController}, its figures half: the day's summary, the statistics, a daily series. */
@RestController
@RequestMapping("/api/sync/dashboard")
@Tag(name = "Dashboard")
class DashboardFiguresController {

    private static final int MAX_DAYS = 366;

    private final DashboardFigures figures;

    DashboardFiguresController(DashboardFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/summary")
    @Operation(summary = "A day's runs and records, per type, and the job queue's counts",
            description = "date as YYYY-MM-DD, default today in sync.time-zone. jobQueueStats is the seed's hangfireStats.")
    DailySummary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return figures.summary(date == null ? figures.today() : date);
    }

    @GetMapping("/stats")
    @Operation(summary = "All-time and last-30-days figures: runs and records per type, success rates, average and p95 run"
            + " duration, records per second; the last run of each type")
    DashboardStats stats() {
        return figures.stats();
    }

    @GetMapping("/daily")
    @Operation(summary = "The summary figures of each of the last days, oldest first (the page's chart)")
    DailyFigures daily(@RequestParam(defaultValue = "14") int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw Problems.badRequest("days must be between 1 and " + MAX_DAYS);
        }
        return figures.daily(days);
    }
}
