package io.katanaluca.sync.run;

import io.katanaluca.sync.run.JdbcRecordResultRepository.Completion;
import io.katanaluca.sync.run.RecordType.Written;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores what one batch did, all in one transaction: the batch marked done, the mappings, the
 * per-record outcomes, the run's counters (SQL increments) and, for the last batch, the run's end.
 * A batch that was done already (it ran twice: its node was thought dead) stores nothing, so a
 * repeated batch never counts twice. A batch that stopped early (Luca could not be reached) stores
 * what it wrote and stops the run: the records not written stay PENDING.
 */
@Component
class BatchCommit {

    private static final Logger log = LoggerFactory.getLogger(BatchCommit.class);

    private final JdbcSyncBatchRepository batches;
    private final RecordTypes types;
    private final JdbcRecordResultRepository results;
    private final JdbcSyncRunRepository runs;
    private final RunCompletion completion;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BatchCommit(JdbcSyncBatchRepository batches, RecordTypes types, JdbcRecordResultRepository results,
            JdbcSyncRunRepository runs, RunCompletion completion, TransactionTemplate transactions, Clock clock) {
        this.batches = batches;
        this.types = types;
        this.results = results;
        this.runs = runs;
        this.completion = completion;
        this.transactions = transactions;
        this.clock = clock;
    }

    void commit(SyncBatch batch, String node, List<PendingRecord> pending, List<Completion> completions) {
        transactions.executeWithoutResult(tx -> {
            if (store(batch, node, pending, completions)) {
                completion.finishIfDone(batch.runId());
            }
        });
    }

    /**
     * {@code pending} are the records written, {@code completions} their outcomes; {@code reason} why
     * the rest were not. The run's message is what its unwritten records show as their reason.
     */
    void commitStopped(SyncBatch batch, String node, List<PendingRecord> pending, List<Completion> completions, String reason) {
        transactions.executeWithoutResult(tx -> {
            store(batch, node, pending, completions);
            completion.stop(batch.runId(), "The run stopped: " + reason + ". What was written is recorded; the records not written"
                    + " stay PENDING: retry the job's failed records (retry-failed) once Luca answers again");
        });
    }

    private boolean store(SyncBatch batch, String node, List<PendingRecord> pending, List<Completion> completions) {
        Instant now = clock.instant();
        if (!batches.markDone(batch, node, now)) {
            log.info("Batch {} of run {} was finished by another attempt already; this one's outcomes are dropped",
                    batch.batchNo(), batch.runId());
            return false;
        }
        types.of(runs.findById(batch.runId()).orElseThrow().syncType()).remember(written(pending, completions), now);
        results.complete(completions, now);
        runs.add(batch.runId(), counters(completions));
        batches.countDone(batch.runId());
        return true;
    }

    private static List<Written> written(List<PendingRecord> pending, List<Completion> completions) {
        Map<Long, PendingRecord> byResult = pending.stream().collect(Collectors.toMap(PendingRecord::resultId, Function.identity()));
        return completions.stream().map(done -> new Written(byResult.get(done.resultId()), done)).toList();
    }

    /**
     * A deleted record, and one Luca already held as it is (linked), count as successes; one kept
     * after all (another record has it now) or not updatable as processed only.
     */
    private static SyncRun.Counters counters(List<Completion> completions) {
        int created = count(completions, RecordOutcome.CREATED);
        int updated = count(completions, RecordOutcome.UPDATED);
        int deleted = count(completions, RecordOutcome.DELETED);
        int unchanged = count(completions, RecordOutcome.UNCHANGED);
        int failed = count(completions, RecordOutcome.FAILED);
        return new SyncRun.Counters(0, completions.size(), created + updated + deleted + unchanged, failed, created, updated, unchanged);
    }

    private static int count(List<Completion> completions, RecordOutcome outcome) {
        return (int) completions.stream().filter(c -> c.outcome() == outcome).count();
    }
}
