package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.run.JdbcSyncRunRepository;
import io.katanaluca.sync.run.SyncProperties;
import io.katanaluca.sync.run.SyncType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Builds the summary, the statistics and the daily series from operation-log rows. Days are
 * calendar days in {@code sync.time-zone} (Europe/Istanbul by default), the business's own day.
 */
@Service
class DashboardFigures {

    private final JdbcRunRows rows;
    private final JdbcSyncRunRepository runs;
    private final JobRunrQueue queue;
    private final Clock clock;
    private final ZoneId zone;

    DashboardFigures(JdbcRunRows rows, JdbcSyncRunRepository runs, JobRunrQueue queue, Clock clock, SyncProperties properties) {
        this.rows = rows;
        this.runs = runs;
        this.queue = queue;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    DailySummary summary(LocalDate date) {
        List<RunRow> day = createdOn(date, date);
        return new DailySummary(date, zone.getId(), Figures.of(day), TypeFigures.byType(day), queue.stats());
    }

    DashboardStats stats() {
        LocalDate today = today();
        LocalDate from = today.minusDays(29);
        List<JobView> lastRuns = Arrays.stream(SyncType.values()).filter(type -> type.parts().equals(List.of(type)))
                .flatMap(type -> runs.find(type, Set.of(), 0, 1).stream())
                .map(run -> JobView.of(run, clock.instant())).toList();
        return new DashboardStats(clock.instant(), zone.getId(), PeriodFigures.of(null, today, rows.all()),
                PeriodFigures.of(from, today, createdOn(from, today)), lastRuns);
    }

    DailyFigures daily(int days) {
        LocalDate today = today();
        LocalDate from = today.minusDays(days - 1L);
        Map<LocalDate, List<RunRow>> byDay = createdOn(from, today).stream()
                .collect(Collectors.groupingBy(row -> LocalDate.ofInstant(row.createdAt(), zone), TreeMap::new, Collectors.toList()));
        List<DailyFigures.Day> series = from.datesUntil(today.plusDays(1))
                .map(date -> new DailyFigures.Day(date, Figures.of(byDay.getOrDefault(date, List.of())))).toList();
        return new DailyFigures(zone.getId(), series);
    }

    /** Runs created from the start of {@code first} to the end of {@code last}, in the zone. */
    private List<RunRow> createdOn(LocalDate first, LocalDate last) {
        return rows.createdBetween(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
