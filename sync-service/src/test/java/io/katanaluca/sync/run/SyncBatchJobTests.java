package io.katanaluca.sync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.katanaluca.sync.record.Action;
import io.katanaluca.sync.run.JdbcRecordResultRepository.Completion;
import io.katanaluca.sync.system.ClusterProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A batch stops at the first record Luca's circuit breaker refuses, or once its run has ended, and commits only what it wrote. */
class SyncBatchJobTests {

    private static final long RUN = 5;
    private static final SyncBatch BATCH = new SyncBatch(RUN, 0, 101, 103, 3);
    private static final List<PendingRecord> PENDING = List.of(pending(101), pending(102), pending(103));

    private final JdbcSyncBatchRepository batches = mock(JdbcSyncBatchRepository.class);
    private final JdbcSyncRunRepository runs = mock(JdbcSyncRunRepository.class);
    private final JdbcRecordResultRepository results = mock(JdbcRecordResultRepository.class);
    private final RecordType writer = mock(RecordType.class);
    private final BatchCommit commit = mock(BatchCommit.class);
    private final OrderlyStop stop = OrderlyStops.running();
    private final SyncBatchJob job = new SyncBatchJob(batches, runs, results, new RecordTypes(List.of(writer)), commit, new ClusterProperties("node-1", null, null, null),
            Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC), stop);
    private RunStatus status;

    @Test
    void shouldCommitWhatItWroteAndStopTheRunWhenLucaIsUnavailable() throws Exception {
        givenTheBatch(RunStatus.RUNNING);
        given(writer.write(PENDING.get(0))).willReturn(created(101));
        given(writer.write(PENDING.get(1))).willThrow(new LucaUnavailableException("Calls to Luca at http://luca/Yetki are paused", null));

        job.write(RUN, 0);

        verify(commit).commitStopped(BATCH, "node-1", PENDING.subList(0, 1), List.of(created(101)), "Calls to Luca at http://luca/Yetki are paused");
        verify(writer, never()).write(PENDING.get(2));
        verify(commit, never()).commit(any(), any(), any(), any());
    }

    @Test
    void shouldStopBeforeTheNextRecordOnceAnotherBatchEndedTheRun() throws Exception {
        givenTheBatch(RunStatus.RUNNING);
        given(writer.write(PENDING.get(0))).willAnswer(write -> {
            status = RunStatus.FAILED; // another batch stopped the run meanwhile
            return created(101);
        });

        job.write(RUN, 0);

        verify(commit).commit(BATCH, "node-1", PENDING.subList(0, 1), List.of(created(101)));
        verify(writer, never()).write(PENDING.get(1));
    }

    @Test
    void shouldWriteEveryRecordOfTheBatchWhileLucaAnswers() throws Exception {
        givenTheBatch(RunStatus.RUNNING);
        PENDING.forEach(write -> given(writer.write(write)).willReturn(created(write.resultId())));

        job.write(RUN, 0);

        verify(commit).commit(BATCH, "node-1", PENDING, List.of(created(101), created(102), created(103)));
        verify(commit, never()).commitStopped(any(), any(), any(), any(), any());
    }

    @Test
    void shouldStopBeforeTheNextRecordAndStoreNothingWhenTheServiceStops() throws Exception {
        givenTheBatch(RunStatus.RUNNING);
        given(writer.write(PENDING.get(0))).willAnswer(write -> {
            stop.stop(); // SIGTERM meanwhile
            return created(101);
        });

        job.write(RUN, 0);

        verify(writer, never()).write(PENDING.get(1));
        verify(commit, never()).commit(any(), any(), any(), any());
        verify(commit, never()).commitStopped(any(), any(), any(), any(), any());
    }

    private void givenTheBatch(RunStatus initially) {
        status = initially;
        given(writer.supports(SyncType.PRODUCT)).willReturn(true);
        given(batches.findNotDone(RUN, 0)).willReturn(Optional.of(BATCH));
        given(runs.findById(RUN)).willAnswer(find -> run(status));
        given(results.pendingBetween(eq(RUN), anyLong(), anyLong())).willReturn(PENDING);
    }

    private static Optional<SyncRun> run(RunStatus status) {
        return Optional.of(new SyncRun(RUN, UUID.randomUUID(), SyncType.PRODUCT, status, false, null, null, null, null, null,
                SyncRun.Counters.ZERO, null));
    }

    private static PendingRecord pending(long resultId) {
        return new PendingRecord(resultId, resultId * 10, 1L, "SKU-" + resultId, "SKU-" + resultId, Action.CREATE, null, "hash", null);
    }

    private static Completion created(long resultId) {
        return new Completion(resultId, RecordOutcome.CREATED, resultId + 79000, null);
    }
}
