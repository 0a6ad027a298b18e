package io.katanaluca.sync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.katanaluca.sync.remote.RemoteCallException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** How a job runs its runs: ALL in order, a failed run not stopping the next, retries reading only what failed. */
class SyncJobTests {

    private static final UUID JOB = UUID.fromString("0b6f7f64-2f0c-4b8e-9a56-1f4c3c3b1a11");
    private static final SyncRun.Counters DONE = new SyncRun.Counters(2, 2, 2, 0, 2, 0, 0);

    private final JdbcSyncRunRepository runs = mock(JdbcSyncRunRepository.class);
    private final JdbcRecordResultRepository results = mock(JdbcRecordResultRepository.class);
    private final JdbcSyncBatchRepository batches = mock(JdbcSyncBatchRepository.class);
    private final OrderlyStop stop = OrderlyStops.running();
    private final List<String> ran = new ArrayList<>();
    /** What SyncJob logs, kept off the console: these tests make runs fail on purpose. */
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger jobLog = (Logger) LoggerFactory.getLogger(SyncJob.class);

    @BeforeEach
    void captureTheJobsLog() {
        log.start();
        jobLog.addAppender(log);
        jobLog.setAdditive(false);
    }

    @AfterEach
    void releaseTheJobsLog() {
        jobLog.setAdditive(true);
        jobLog.detachAppender(log);
    }

    @Test
    void shouldRunTheTypesOfAnAllJobInOrderAndGoOnAfterOneFails() {
        givenAllJob();
        SyncJob job = job(runner(SyncType.PRODUCT, new SyncRunException("Luca listed no stock cards")), runner(SyncType.MATERIAL, null),
                runner(SyncType.CUSTOMER, null));

        RunFailedException failure = catchThrowableOfType(RunFailedException.class, () -> job.runAll(JOB.toString()));

        assertThat(ran).containsExactly("PRODUCT", "MATERIAL", "CUSTOMER");
        assertThat(failure).hasMessageContaining("PRODUCT: Luca listed no stock cards");
        verify(runs).finish(eq(1L), eq(RunStatus.FAILED), any(), contains("Luca listed no stock cards"));
        verify(batches).finishRun(eq(2L), eq(RunStatus.SUCCESS), any(), isNull());
        verify(batches).finishRun(eq(3L), eq(RunStatus.SUCCESS), any(), isNull());
    }

    @Test
    void shouldLogARemoteFailureAsItsReasonAloneAndHandJobRunrNoStackTrace() {
        givenAllJob();
        RemoteCallException unreachable = RemoteCallException.noResponse("Luca", "ListeleStkSkart.do", "http://luca/Yetki",
                new ConnectException("Connection refused"));
        SyncJob job = job(runner(SyncType.PRODUCT, unreachable));

        RunFailedException failure = catchThrowableOfType(RunFailedException.class, () -> job.run(1L));

        assertThat(failure).hasMessageContaining("Luca could not be reached").hasNoCause();
        assertThat(failure.getStackTrace()).as("JobRunr logs and shows this exception").isEmpty();
        assertThat(log.list).filteredOn(line -> line.getLevel() == Level.ERROR).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage()).isEqualTo("Run 1 failed: " + unreachable.getMessage());
            assertThat(line.getThrowableProxy()).as("no stack trace").isNull();
        });
    }

    @Test
    void shouldLogAnUnexpectedFailureWithItsStackTrace() {
        givenAllJob();
        IllegalStateException bug = new IllegalStateException("a bug");
        SyncJob job = job(runner(SyncType.PRODUCT, bug));

        RunFailedException failure = catchThrowableOfType(RunFailedException.class, () -> job.run(1L));

        assertThat(failure).hasCause(bug);
        assertThat(log.list).filteredOn(line -> line.getLevel() == Level.ERROR).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage()).isEqualTo("Run 1 failed");
            assertThat(line.getThrowableProxy().getMessage()).isEqualTo("a bug");
        });
    }

    @Test
    void shouldMarkTheRunsNotStartedAsFailedWhenTheJobIsInterrupted() {
        givenAllJob();
        SyncJob job = job(runner(SyncType.PRODUCT, null), interrupted(SyncType.MATERIAL), runner(SyncType.CUSTOMER, null));

        catchThrowableOfType(InterruptedException.class, () -> job.runAll(JOB.toString()));

        assertThat(ran).containsExactly("PRODUCT", "MATERIAL");
        verify(runs).finish(eq(2L), eq(RunStatus.FAILED), any(), contains("interrupted"));
        verify(runs).finish(eq(3L), eq(RunStatus.FAILED), any(), contains("Not started"));
    }

    @Test
    void shouldLeaveARunPlanningRunningWhenTheServiceStops() throws Exception {
        given(runs.findById(9L)).willReturn(Optional.of(run(9, SyncType.PRODUCT)));
        given(runs.findRetrySource(9L)).willReturn(Optional.empty());

        job(stoppingWhilePlanning(SyncType.PRODUCT)).run(9L);

        verify(runs).markRunning(eq(9L), any());
        verify(runs, never()).finish(anyLong(), any(), any(), any());
        verify(batches, never()).finishRun(anyLong(), any(), any(), any());
    }

    @Test
    void shouldLeaveTheRunsNotStartedQueuedWhenTheServiceStopsDuringAnAllJob() throws Exception {
        givenAllJob();
        SyncJob job = job(stoppingAfterPlanning(SyncType.PRODUCT), runner(SyncType.MATERIAL, null), runner(SyncType.CUSTOMER, null));

        job.runAll(JOB.toString());

        assertThat(ran).containsExactly("PRODUCT");
        verify(runs, never()).markRunning(eq(2L), any());
        verify(runs, never()).finish(anyLong(), any(), any(), any());
    }

    @Test
    void shouldGiveARetryRunOnlyTheRecordsThatFailedInItsSourceRun() throws Exception {
        given(runs.findById(9L)).willReturn(Optional.of(run(9, SyncType.CUSTOMER)));
        given(runs.findRetrySource(9L)).willReturn(Optional.of(3L));
        RecordSelection failed = RecordSelection.only(Set.of(7000101L, 7000102L), Set.of());
        given(results.retrySelection(3L)).willReturn(failed);
        List<RecordSelection> seen = new ArrayList<>();
        SyncRunner customers = runnerOf(SyncType.CUSTOMER, (run, selection) -> {
            seen.add(selection);
            return DONE;
        });

        job(customers).run(9L);

        assertThat(seen).containsExactly(failed);
    }

    /** JobRunr requeues a retried job with the arguments it was created with: the id of its first attempt's run. */
    @Test
    void shouldRunTheNewestAttemptWhenARetriedJobNamesARunOfAnEarlierAttempt() throws Exception {
        SyncRun first = new SyncRun(7, JOB, SyncType.PRODUCT, RunStatus.PARTIAL, false, null, "admin", Instant.parse("2026-11-25T09:00:00Z"),
                Instant.parse("2026-11-25T09:00:01Z"), Instant.parse("2026-11-25T09:05:00Z"), new SyncRun.Counters(418, 418, 414, 4, 414, 0, 0),
                null, 1);
        SyncRun second = new SyncRun(12, JOB, SyncType.PRODUCT, RunStatus.QUEUED, false, null, "admin", Instant.parse("2026-11-25T10:00:00Z"),
                null, null, SyncRun.Counters.ZERO, null, 2);
        given(runs.findById(7L)).willReturn(Optional.of(first));
        given(runs.findLatestAttempt(JOB, SyncType.PRODUCT)).willReturn(Optional.of(second));
        given(runs.findById(12L)).willReturn(Optional.of(second));
        given(runs.findRetrySource(anyLong())).willReturn(Optional.empty());
        List<Long> runIds = new ArrayList<>();
        SyncRunner products = runnerOf(SyncType.PRODUCT, (run, selection) -> {
            runIds.add(run.id());
            return DONE;
        });

        job(products).run(7L);

        assertThat(runIds).containsExactly(12L);
        verify(runs).markRunning(eq(12L), any());
        verify(runs, never()).markRunning(eq(7L), any());
        verify(results, never()).deleteForRun(7L);
    }

    private void givenAllJob() {
        List<SyncRun> parts = List.of(run(1, SyncType.PRODUCT), run(2, SyncType.MATERIAL), run(3, SyncType.CUSTOMER));
        given(runs.findAllByJobId(JOB)).willReturn(parts);
        parts.forEach(part -> given(runs.findById(part.id())).willReturn(Optional.of(part)).willReturn(Optional.of(ended(part))));
        given(runs.findRetrySource(anyLong())).willReturn(Optional.empty());
        given(results.countOutcomes(anyLong())).willReturn(Map.of());
    }

    /** A job whose runs have nothing left to write once planned, so each ends as soon as its runner returns. */
    private SyncJob job(SyncRunner... runners) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        given(batches.isEveryBatchDone(anyLong())).willReturn(true);
        given(batches.finishRun(anyLong(), any(), any(), any())).willReturn(true);
        return new SyncJob(runs, results, List.of(runners), batches, mock(BatchFanOut.class),
                new RunCompletion(batches, runs, results, event -> { }, clock), clock, event -> { }, stop);
    }

    private SyncRunner runner(SyncType type, RuntimeException failure) {
        return runnerOf(type, (run, selection) -> {
            ran.add(type.name());
            if (failure != null) {
                throw failure;
            }
            return DONE;
        });
    }

    private SyncRunner interrupted(SyncType type) {
        return runnerOf(type, (run, selection) -> {
            ran.add(type.name());
            throw new InterruptedException("stopping");
        });
    }

    /** A runner that sees SIGTERM arrive at its next Katana page. */
    private SyncRunner stoppingWhilePlanning(SyncType type) {
        return runnerOf(type, (run, selection) -> {
            ran.add(type.name());
            stop.stop();
            stop.checkNotStopping();
            return DONE;
        });
    }

    /** A runner that plans its run to the end, as SIGTERM arrives. */
    private SyncRunner stoppingAfterPlanning(SyncType type) {
        return runnerOf(type, (run, selection) -> {
            ran.add(type.name());
            stop.stop();
            return DONE;
        });
    }

    /** What a test runner does with its run. */
    @FunctionalInterface
    private interface RunBody {
        SyncRun.Counters run(SyncRun run, RecordSelection selection) throws InterruptedException;
    }

    /** A runner of one sync type that runs {@code body}. */
    private static SyncRunner runnerOf(SyncType type, RunBody body) {
        return new SyncRunner() {
            @Override
            public boolean supports(SyncType supported) {
                return supported == type;
            }

            @Override
            public SyncRun.Counters run(SyncRun run, RecordSelection selection) throws InterruptedException {
                return body.run(run, selection);
            }
        };
    }

    private static SyncRun ended(SyncRun run) {
        return new SyncRun(run.id(), run.jobId(), run.syncType(), RunStatus.SUCCESS, false, null, "admin", run.createdAt(), run.createdAt(),
                run.createdAt(), DONE, null);
    }

    private static SyncRun run(long id, SyncType type) {
        return new SyncRun(id, JOB, type, RunStatus.QUEUED, false, null, "admin", Instant.parse("2026-11-25T09:59:00Z"), null, null,
                SyncRun.Counters.ZERO, null);
    }
}
