package io.katanaluca.sync.run;

import io.katanaluca.sync.run.JdbcRecordResultRepository.Completion;
import java.time.Instant;
import java.util.List;

/**
 * A record type (products and materials, customers, ...): the few things only it knows, plugged
 * into the one run engine. The engine owns everything else, for every type alike: the session,
 * staging, batches as JobRunr jobs, the cluster's write cap, retries and setbacks, the stop on an
 * open circuit breaker, dry runs, retry-failed, incremental and webhook-targeted runs, crash
 * recovery, the orderly stop, counters and results. A type is a Spring bean; the engine finds it
 * by {@link #supports}.
 */
public interface RecordType {

    boolean supports(SyncType type);

    /**
     * Reads the run's Katana records (pages, the selected or targeted ids: {@link RunStage#queries};
     * deleted and archived ones too), maps and plans each with the type's plain planner, and stages
     * them page by page ({@link RunStage#stage}). Returns what the type does once all is staged.
     */
    Review plan(SyncRun run, RecordSelection selection, RunStage stage) throws InterruptedException;

    /**
     * Writes one staged create, update or delete to Luca (adopting what Luca already holds after a
     * duplicate-code reply), each Luca call with a write permit; guard it with
     * {@link RecordWrites#guarded}, so a failure becomes a FAILED outcome and an open circuit
     * breaker stops the run.
     */
    Completion write(PendingRecord pending);

    /** Stores the durable Katana ↔ Luca mapping of a batch's written records, in the batch's transaction. */
    void remember(List<Written> written, Instant now);

    /** A staged record and what its write did. */
    record Written(PendingRecord pending, Completion completion) {

        public RecordOutcome outcome() {
            return completion.outcome();
        }
    }

    /** What a type does once a run's records are staged. */
    interface Review {

        /** On every run, dry or not, before the outcomes are counted: e.g. fail records that share one Luca code. */
        void review();

        /** On a real run only, before the batches are handed out: e.g. record accounts Luca already held as ours. */
        default void beforeWriting() {
        }
    }
}
