package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.record.Percent;
import io.katanaluca.sync.run.RunStatus;
import java.util.List;
import java.util.function.Predicate;

/**
 * The figures of a set of runs, defined once for every endpoint and the page. A dry run wrote
 * nothing, so it counts only in {@code totalJobs}, {@code dryRunJobs} and {@code plannedRecords}
 * (its records planned); every other figure is of the real runs. Jobs: a run is a success when it
 * finished as SUCCESS or PARTIAL (the seed's: it ran to the end; {@code successOnlyJobs} and
 * {@code partialJobs} tell the two apart), a failure when FAILED, running while QUEUED or RUNNING.
 * Records: the sums of the operation log's {@code processed}, {@code succeeded} and {@code failed}
 * columns. {@code successRate} is the seed's: successful jobs among finished jobs, in percent;
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
        Double recordsPerSecond,
        int successOnlyJobs,
        int dryRunJobs,
        long plannedRecords) {

    static Figures of(List<RunRow> rows) {
        List<RunRow> real = rows.stream().filter(row -> !row.dryRun()).toList();
        List<RunRow> dry = rows.stream().filter(RunRow::dryRun).toList();
        int success = count(real, RunRow::isSuccessfulJob);
        int failed = count(real, row -> row.status() == RunStatus.FAILED);
        long processed = real.stream().mapToLong(RunRow::processed).sum();
        long succeeded = real.stream().mapToLong(RunRow::succeeded).sum();
        RunDurations durations = RunDurations.of(real);
        return new Figures(rows.size(), success, failed, count(real, row -> row.status().isActive()), processed, succeeded,
                real.stream().mapToLong(RunRow::failed).sum(), percent(success, success + failed),
                count(real, row -> row.status() == RunStatus.PARTIAL), percent(succeeded, processed),
                durations.averageMs(), durations.p95Ms(), durations.recordsPerSecond(), count(real, row -> row.status() == RunStatus.SUCCESS),
                dry.size(), dry.stream().mapToLong(RunRow::processed).sum());
    }

    /** {@code part} of {@code whole} in percent, by the one rule every figure follows ({@link Percent}). */
    static double percent(long part, long whole) {
        return Percent.of(part, whole);
    }

    private static int count(List<RunRow> rows, Predicate<RunRow> which) {
        return (int) rows.stream().filter(which).count();
    }
}
