package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.run.RunStatus;
import java.util.List;
import java.util.function.Predicate;

/**
 * The figures of a set of runs, defined once for every endpoint and the page. Jobs: a run is a
 * success when it finished as SUCCESS or PARTIAL (it ran to the end; PARTIAL ones also count in
 * {@code partialJobs}), a failure when FAILED, running while QUEUED or RUNNING. Records: the sums
 * of the operation log's {@code processed}, {@code succeeded} and {@code failed} columns.
 * {@code successRate} is the seed's: successful jobs among finished jobs, in percent;
 * {@code recordSuccessRate} the same for records. Both are 0 when there is nothing to divide.
 * Field order and the first eight names are the seed's {@code summary}.
 */
record Figures(
        int totalJobs,
        int successJobs,
        int failedJobs,
        int runningJobs,
        long totalProcessed,
        long totalSuccess,
        long totalFailed,
        double successRate,
        int partialJobs,
        double recordSuccessRate,
        Long averageDurationMs,
        Long p95DurationMs,
        Double recordsPerSecond) {

    static Figures of(List<RunRow> rows) {
        int success = count(rows, RunRow::isSuccessfulJob);
        int failed = count(rows, row -> row.status() == RunStatus.FAILED);
        long processed = rows.stream().mapToLong(RunRow::processed).sum();
        long succeeded = rows.stream().mapToLong(RunRow::succeeded).sum();
        RunDurations durations = RunDurations.of(rows);
        return new Figures(rows.size(), success, failed, count(rows, row -> row.status().isActive()), processed, succeeded,
                rows.stream().mapToLong(RunRow::failed).sum(), percent(success, success + failed),
                count(rows, row -> row.status() == RunStatus.PARTIAL), percent(succeeded, processed),
                durations.averageMs(), durations.p95Ms(), durations.recordsPerSecond());
    }

    /** {@code part} of {@code whole} in percent, one decimal. */
    static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static int count(List<RunRow> rows, Predicate<RunRow> which) {
        return (int) rows.stream().filter(which).count();
    }
}
