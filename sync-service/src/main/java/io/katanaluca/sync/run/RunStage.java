package io.katanaluca.sync.run;

import io.katanaluca.sync.katana.KatanaQuery;
import java.util.Collection;
import java.util.List;

/**
 * Where a record type stages a run's plan, page by page: the engine decides what Katana is asked
 * for (a retry's selection, the targeted ids, the incremental window), keeps the run's limit and
 * stops planning at the next page when the service stops.
 */
public final class RunStage {

    private final SyncRun run;
    private final RecordSelection selection;
    private final JdbcRecordResultRepository results;
    private final RunQueries queries;
    private final OrderlyStop stop;
    private final PrerequisiteRuns prerequisites;
    private final int limit;
    private int staged;

    RunStage(SyncRun run, RecordSelection selection, JdbcRecordResultRepository results, RunQueries queries, OrderlyStop stop,
            PrerequisiteRuns prerequisites) {
        this.run = run;
        this.selection = selection;
        this.results = results;
        this.queries = queries;
        this.stop = stop;
        this.prerequisites = prerequisites;
        this.limit = run.limit() == null ? Integer.MAX_VALUE : run.limit();
    }

    /**
     * @param all the query for everything of the run's type
     * @param selectedIds what to ask for by id when the run retries a selection (the products or
     *     materials of variants, the customers themselves)
     */
    public List<KatanaQuery> queries(KatanaQuery all, Collection<Long> selectedIds) {
        return queries.forRun(run, selection, all, selectedIds);
    }

    /** Called as each Katana page arrives: planning stops here when the service stops. */
    public void beforePage() {
        stop.checkNotStopping();
    }

    /** How many more live records the run's limit takes. */
    public int room() {
        return Math.max(limit - staged, 0);
    }

    /** Stages records of one page; true while the run's limit takes more. */
    public boolean stage(List<StagedRecord> records) {
        results.insertStaged(run.id(), records, run.dryRun());
        staged += records.size();
        return staged < limit;
    }

    /**
     * Syncs records of another type that this run's records need and Luca lacks (an invoice's
     * customer, its rows' stock cards): targeted runs of {@code type} over exactly those Katana ids
     * (products or materials, customers), each awaited to its end, so the plan that follows sees
     * what they wrote. A dry run writes nothing, so it syncs nothing first and returns no run.
     *
     * @return the runs, ended (their results say what became of each record)
     */
    public List<SyncRun> syncFirst(SyncType type, Collection<Long> katanaIds) throws InterruptedException {
        if (type == run.syncType()) {
            throw new IllegalArgumentException("A " + type + " run cannot wait for a run of its own type");
        }
        if (run.dryRun() || katanaIds.isEmpty()) {
            return List.of();
        }
        return prerequisites.runFirst(run, type, katanaIds);
    }

    public boolean isDryRun() {
        return run.dryRun();
    }

    public int staged() {
        return staged;
    }
}
