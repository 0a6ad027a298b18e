package io.katanaluca.sync.dashboard;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/sync/dashboard/daily}: one {@link Figures} per day, oldest first, for the page's chart. */
record DailyFigures(String timeZone, List<Day> days) {

    record Day(LocalDate date, Figures summary) {
    }
}
