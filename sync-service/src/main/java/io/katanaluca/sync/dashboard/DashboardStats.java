package io.katanaluca.sync.dashboard;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/sync/dashboard/stats}: all-time and last-30-days figures, and the last run of each type. */
record DashboardStats(Instant generatedAt, String timeZone, PeriodFigures allTime, PeriodFigures last30Days, List<JobView> lastRunByType) {
}
