package io.katanaluca.sync.dashboard;

import static io.katanaluca.sync.dashboard.RunRows.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.run.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTests {

    @Test
    void shouldCountThreeRunsWithTwelveFailedRecordsExactly() {
        List<RunRow> runs = List.of(aRun().ended(RunStatus.PARTIAL).withRecords(100, 4).build(),
                aRun().ended(RunStatus.PARTIAL).withRecords(100, 5).build(), aRun().ended(RunStatus.PARTIAL).withRecords(50, 3).build());

        Figures figures = Figures.of(runs);

        assertThat(figures.totalJobs()).isEqualTo(3);
        assertThat(figures.successJobs()).isEqualTo(3);
        assertThat(figures.partialJobs()).isEqualTo(3);
        assertThat(figures.failedJobs()).isZero();
        assertThat(figures.totalProcessed()).isEqualTo(250);
        assertThat(figures.totalSuccess()).isEqualTo(238);
        assertThat(figures.totalFailed()).isEqualTo(12);
        assertThat(figures.recordSuccessRate()).isEqualTo(95.2);
    }

    @Test
    void shouldNeverShowAHundredPercentBesideAFailureNorZeroBesideASuccess() {
        assertThat(Figures.percent(2819, 2820)).isEqualTo(99.9);
        assertThat(Figures.percent(1, 2820)).isEqualTo(0.1);
        assertThat(Figures.percent(2820, 2820)).isEqualTo(100.0);
        assertThat(Figures.percent(0, 2820)).isEqualTo(0.0);
        assertThat(Figures.percent(2, 3)).isEqualTo(66.7);
    }

    @Test
    void shouldRateJobsAsTheSeedDoesTwelveSucceededOfFifteenIsEighty() {
        List<RunRow> runs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            runs.add(aRun().ended(i < 2 ? RunStatus.PARTIAL : RunStatus.SUCCESS).withRecords(100, i < 2 ? 25 : 0).build());
        }
        for (int i = 0; i < 3; i++) {
            runs.add(aRun().ended(RunStatus.FAILED).withRecords(0, 0).build());
        }

        Figures figures = Figures.of(runs);

        assertThat(figures.successJobs()).isEqualTo(12);
        assertThat(figures.failedJobs()).isEqualTo(3);
        assertThat(figures.successRate()).isEqualTo(80.0);
        assertThat(figures.totalFailed()).isEqualTo(50);
        assertThat(figures.recordSuccessRate()).isEqualTo(95.8);
    }

    @Test
    void shouldLeaveRunningJobsOutOfTheSuccessRateButCountTheirRecordsSoFar() {
        List<RunRow> runs = List.of(aRun().ended(RunStatus.SUCCESS).withRecords(10, 0).build(),
                aRun().ended(RunStatus.RUNNING).withRecords(7, 1).build(), aRun().ended(RunStatus.QUEUED).build());

        Figures figures = Figures.of(runs);

        assertThat(figures.runningJobs()).isEqualTo(2);
        assertThat(figures.successRate()).isEqualTo(100.0);
        assertThat(figures.totalProcessed()).isEqualTo(17);
        assertThat(figures.totalFailed()).isEqualTo(1);
    }

    @Test
    void shouldAnswerZerosAndNoDurationsForNoRuns() {
        Figures figures = Figures.of(List.of());

        assertThat(figures.totalJobs()).isZero();
        assertThat(figures.successRate()).isZero();
        assertThat(figures.recordSuccessRate()).isZero();
        assertThat(figures.averageDurationMs()).isNull();
        assertThat(figures.p95DurationMs()).isNull();
        assertThat(figures.recordsPerSecond()).isNull();
    }

    @Test
    void shouldTimeFinishedRunsOnlyWithAverageNinetyFifthPercentileAndThroughput() {
        List<RunRow> runs = new ArrayList<>();
        for (int seconds = 1; seconds <= 20; seconds++) {
            runs.add(aRun().ended(RunStatus.SUCCESS).withRecords(10, 0).took(Duration.ofSeconds(seconds)).build());
        }
        runs.add(aRun().ended(RunStatus.RUNNING).withRecords(1000, 0).build());

        Figures figures = Figures.of(runs);

        assertThat(figures.averageDurationMs()).isEqualTo(10_500);
        assertThat(figures.p95DurationMs()).isEqualTo(19_000);
        assertThat(figures.recordsPerSecond()).isEqualTo(1.0);
    }

    @Test
    void shouldKeepADryRunOutOfTheSuccessAndRecordFiguresAndCountItsPlannedRecordsApart() {
        List<RunRow> runs = List.of(aRun().ended(RunStatus.SUCCESS).withRecords(1096, 0).took(Duration.ofSeconds(100)).build(),
                aRun().ended(RunStatus.SUCCESS).withRecords(1096, 0).took(Duration.ofSeconds(4)).dryRun().build(),
                aRun().ended(RunStatus.PARTIAL).withRecords(10, 2).dryRun().build());

        Figures figures = Figures.of(runs);

        assertThat(figures.totalJobs()).isEqualTo(3);
        assertThat(figures.dryRunJobs()).isEqualTo(2);
        assertThat(figures.plannedRecords()).isEqualTo(1106);
        assertThat(figures.successJobs()).isEqualTo(1);
        assertThat(figures.successOnlyJobs()).isEqualTo(1);
        assertThat(figures.partialJobs()).isZero();
        assertThat(figures.totalProcessed()).isEqualTo(1096);
        assertThat(figures.totalSuccess()).isEqualTo(1096);
        assertThat(figures.totalFailed()).isZero();
        assertThat(figures.successRate()).isEqualTo(100.0);
        assertThat(figures.averageDurationMs()).isEqualTo(100_000);
        assertThat(figures.recordsPerSecond()).isEqualTo(11.0);
    }

    @Test
    void shouldTellRunsThatSucceededFromPartialOnesWhileSuccessJobsKeepsTheSeedsMeaning() {
        List<RunRow> runs = List.of(aRun().ended(RunStatus.SUCCESS).withRecords(10, 0).build(),
                aRun().ended(RunStatus.PARTIAL).withRecords(10, 1).build(), aRun().ended(RunStatus.PARTIAL).withRecords(10, 3).build());

        Figures figures = Figures.of(runs);
        TypeFigures product = TypeFigures.byType(runs).get(0);

        assertThat(figures.successOnlyJobs()).isEqualTo(1);
        assertThat(figures.partialJobs()).isEqualTo(2);
        assertThat(figures.successJobs()).isEqualTo(3);
        assertThat(product.successOnly()).isEqualTo(1);
        assertThat(product.partial()).isEqualTo(2);
        assertThat(product.success()).isEqualTo(3);
    }

    @Test
    void shouldCountATypesDryRunsApartInItsFigures() {
        List<RunRow> runs = List.of(aRun().ended(RunStatus.PARTIAL).withRecords(20, 2).build(),
                aRun().ended(RunStatus.SUCCESS).withRecords(20, 0).dryRun().build());

        TypeFigures product = TypeFigures.byType(runs).get(0);

        assertThat(product.count()).isEqualTo(2);
        assertThat(product.dryRun()).isEqualTo(1);
        assertThat(product.plannedRecords()).isEqualTo(20);
        assertThat(product.success()).isEqualTo(1);
        assertThat(product.totalProcessed()).isEqualTo(20);
        assertThat(product.totalSuccess()).isEqualTo(18);
    }
}
