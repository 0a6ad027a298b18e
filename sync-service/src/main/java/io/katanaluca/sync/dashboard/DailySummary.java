package io.katanaluca.sync.dashboard;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/sync/dashboard/summary}: the seed's shape, with {@code jobQueueStats} for its {@code hangfireStats}. */
record DailySummary(LocalDate date, String timeZone, Figures summary, List<TypeFigures> byType, JobQueueStats jobQueueStats) {
}
