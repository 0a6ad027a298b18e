package io.katanaluca.sync.dashboard;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Durations of the finished runs among some rows: the average, the 95th percentile (nearest rank)
 * and the throughput, records processed per second of run time. All null when no run finished.
 */
record RunDurations(Long averageMs, Long p95Ms, Double recordsPerSecond) {

    static RunDurations of(List<RunRow> rows) {
        List<RunRow> timed = rows.stream().filter(row -> row.duration().isPresent()).toList();
        if (timed.isEmpty()) {
            return new RunDurations(null, null, null);
        }
        long[] millis = timed.stream().mapToLong(row -> row.duration().map(Duration::toMillis).orElseThrow()).sorted().toArray();
        long totalMillis = Arrays.stream(millis).sum();
        long records = timed.stream().mapToLong(RunRow::processed).sum();
        return new RunDurations(Math.round((double) totalMillis / millis.length), nearestRank(millis, 0.95),
                totalMillis == 0 ? null : Math.round(records * 10_000.0 / totalMillis) / 10.0);
    }

    /** The smallest value with at least {@code share} of all values at or below it. */
    static long nearestRank(long[] sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
