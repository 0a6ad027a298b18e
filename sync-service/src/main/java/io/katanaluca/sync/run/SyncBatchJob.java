package io.katanaluca.sync.run;

import io.katanaluca.sync.run.JdbcRecordResultRepository.Completion;
import io.katanaluca.sync.system.ClusterProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The JobRunr entry point of one batch: writes its pending records to Luca, each with its own
 * retries, then commits the outcomes. Safe to repeat: a batch done already is skipped, and one
 * whose node died before the commit is written again (the mapping table and Luca's duplicate-code
 * adoption make the writes harmless) and counted once. When the service stops ({@link OrderlyStop})
 * the batch stops before its next record, commits nothing and returns; it goes back to the queue
 * and is written again at the next start. Interrupted otherwise, it
 * fails, so JobRunr hands it to a worker again; so does a batch whose node stopped heartbeating.
 *
 * <p>When Luca's circuit breaker opens (Luca kept failing, e.g. it cannot be reached) the batch
 * stops at once, commits what it wrote and stops the run; the other batches stop before their next
 * record, and those not started skip: the run ends FAILED in seconds instead of failing each record
 * after its retries.
 */
@Component
public class SyncBatchJob {

    private static final Logger log = LoggerFactory.getLogger(SyncBatchJob.class);
    private static final int RETRIES = 10;

    private final JdbcSyncBatchRepository batches;
    private final JdbcSyncRunRepository runs;
    private final JdbcRecordResultRepository results;
    private final RecordTypes types;
    private final BatchCommit commit;
    private final String node;
    private final Clock clock;
    private final OrderlyStop stop;

    SyncBatchJob(JdbcSyncBatchRepository batches, JdbcSyncRunRepository runs, JdbcRecordResultRepository results,
            RecordTypes types, BatchCommit commit, ClusterProperties cluster, Clock clock, OrderlyStop stop) {
        this.batches = batches;
        this.runs = runs;
        this.results = results;
        this.types = types;
        this.commit = commit;
        this.node = cluster.nodeName();
        this.clock = clock;
        this.stop = stop;
    }

    @Job(name = "Sync run %0, batch %1", retries = RETRIES)
    public void write(long runId, int batchNo) throws InterruptedException {
        Optional<SyncBatch> batch = batches.findNotDone(runId, batchNo).filter(notDone -> isRunning(runId));
        if (batch.isEmpty()) {
            log.debug("Batch {} of run {} is done, or its run ended; nothing to do", batchNo, runId);
            return;
        }
        batches.countAttempt(batch.get(), node);
        Optional<Writes> writes = writeUnlessTheServiceStops(batch.get());
        if (writes.isEmpty()) {
            return;
        }
        try {
            commit(batch.get(), writes.get());
        } catch (RuntimeException e) {
            failRunOnLastAttempt(batch.get(), e);
            throw e;
        }
    }

    /**
     * Empty when the service began to stop first: nothing is stored, and the batch goes back to the
     * queue as it is. A failure while stopping (JobRunr interrupting a call that outlasted its wait)
     * counts as the stop.
     */
    private Optional<Writes> writeUnlessTheServiceStops(SyncBatch batch) throws InterruptedException {
        try {
            RecordType type = types.of(runs.findById(batch.runId()).orElseThrow().syncType());
            return Optional.of(writeWhileRunning(batch.runId(), type, pendingWrites(batch)));
        } catch (InterruptedException | RuntimeException e) {
            if (!stop.isStopping()) {
                throw e;
            }
            Thread.interrupted();
            stop.leftUndone(SyncBatchJob.class, "write", batch.runId(), batch.batchNo());
            log.info("Batch {} of run {} stopped with the service; nothing of it was stored, it is written at the next start",
                    batch.batchNo(), batch.runId());
            return Optional.empty();
        }
    }

    /** A batch whose outcomes cannot be stored even on its last attempt fails its run, rather than leave it running forever. */
    private void failRunOnLastAttempt(SyncBatch batch, RuntimeException failure) {
        if (batches.attempts(batch) > RETRIES) {
            batches.finishRun(batch.runId(), RunStatus.FAILED, clock.instant(), "The results of batch " + batch.batchNo()
                    + " could not be stored (" + failure.getMessage() + "); its records stay PENDING and the next run writes them again");
        }
    }

    private boolean isRunning(long runId) {
        return runs.findById(runId).map(run -> run.status() == RunStatus.RUNNING).orElse(false);
    }

    private List<PendingRecord> pendingWrites(SyncBatch batch) {
        return results.pendingBetween(batch.runId(), batch.firstResultId(), batch.lastResultId());
    }

    /** Writes the records in order until the last, or until the run ended (another batch stopped it) or Luca is unavailable. */
    private Writes writeWhileRunning(long runId, RecordType type, List<PendingRecord> pending) throws InterruptedException {
        List<Completion> completions = new ArrayList<>(pending.size());
        for (PendingRecord write : pending) {
            stopBeforeTheNextRecord();
            if (!isRunning(runId)) {
                break;
            }
            try {
                completions.add(type.write(write));
            } catch (LucaUnavailableException e) {
                return new Writes(pending.subList(0, completions.size()), completions, e.getMessage());
            }
        }
        stopIfInterrupted();
        return new Writes(pending.subList(0, completions.size()), completions, null);
    }

    private void commit(SyncBatch batch, Writes writes) {
        if (writes.stoppedBecause() == null) {
            commit.commit(batch, node, writes.written(), writes.completions());
        } else {
            log.warn("Batch {} of run {} stopped after {} records: {}", batch.batchNo(), batch.runId(), writes.completions().size(),
                    writes.stoppedBecause());
            commit.commitStopped(batch, node, writes.written(), writes.completions(), writes.stoppedBecause());
        }
    }

    /** The records written and their outcomes; why the batch stopped before the rest, if Luca was unavailable. */
    private record Writes(List<PendingRecord> written, List<Completion> completions, String stoppedBecause) {
    }

    /** When the service stops, or JobRunr interrupts the job; a batch that has written every record still commits. */
    private void stopBeforeTheNextRecord() throws InterruptedException {
        if (stop.isStopping()) {
            throw new InterruptedException("Batch stopped (the service is stopping); it will run again, nothing of it was stored");
        }
        stopIfInterrupted();
    }

    private static void stopIfInterrupted() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("Batch interrupted; it will run again, nothing of it was stored");
        }
    }
}
