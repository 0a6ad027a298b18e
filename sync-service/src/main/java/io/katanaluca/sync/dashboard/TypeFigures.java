package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.run.SyncType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The {@link Figures} of one sync type; the first six names are the seed's {@code byType} entry
 * ({@code count}, {@code success} and {@code failed} count jobs; {@code count} includes the type's dry runs, also
 * counted in {@code dryRun}).
 */
record TypeFigures(
        SyncType syncType,
        int count,
        int success,
        int failed,
        long totalProcessed,
        long totalSuccess,
        long totalFailed,
        int running,
        int partial,
        double successRate,
        double recordSuccessRate,
        Long averageDurationMs,
        Long p95DurationMs,
        Double recordsPerSecond,
        int successOnly,
        int dryRun,
        long plannedRecords) {

    /** One entry per sync type that has runs among {@code rows}, in the order of {@link SyncType}. */
    static List<TypeFigures> byType(List<RunRow> rows) {
        Map<SyncType, List<RunRow>> groups = rows.stream().collect(Collectors.groupingBy(RunRow::syncType, TreeMap::new, Collectors.toList()));
        return groups.entrySet().stream().map(group -> of(group.getKey(), Figures.of(group.getValue()))).toList();
    }

    static TypeFigures of(SyncType type, Figures f) {
        return new TypeFigures(type, f.totalJobs(), f.successJobs(), f.failedJobs(), f.totalProcessed(), f.totalSuccess(), f.totalFailed(),
                f.runningJobs(), f.partialJobs(), f.successRate(), f.recordSuccessRate(), f.averageDurationMs(), f.p95DurationMs(),
                f.recordsPerSecond(), f.successOnlyJobs(), f.dryRunJobs(), f.plannedRecords());
    }
}
