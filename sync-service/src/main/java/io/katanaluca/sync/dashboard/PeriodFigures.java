package io.katanaluca.sync.dashboard;

import java.time.LocalDate;
import java.util.List;

/** The figures of the runs started in a period ({@code from} null: since the first run), overall and per type. */
record PeriodFigures(LocalDate from, LocalDate to, Figures summary, List<TypeFigures> byType) {

    static PeriodFigures of(LocalDate from, LocalDate to, List<RunRow> rows) {
        return new PeriodFigures(from, to, Figures.of(rows), TypeFigures.byType(rows));
    }
}
