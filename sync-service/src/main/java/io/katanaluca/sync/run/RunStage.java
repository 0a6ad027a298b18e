package io.katanaluca.sync.run;

import io.katanaluca.sync.katana.KatanaQuery;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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
    private final Set<Long> stagedIds = new HashSet<>();
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
     * @param idsToRead what to ask Katana for by id to read a selection's records again (the
     *     products or materials of variants, the customers themselves): for a retry's selection,
     *     and for the records an incremental run carries over because they failed since the last
     *     complete run
     */
    public List<KatanaQuery> queries(KatanaQuery all, Function<RecordSelection, Collection<Long>> idsToRead) {
        return queries.forRun(run, selection, all, idsToRead);
    }

    /** Called as each Katana page arrives: planning stops here when the service stops. */
    public void beforePage() {
        stop.checkNotStopping();
    }

    /** How many more live records the run's limit takes. */
    public int room() {
        return Math.max(limit - staged, 0);
    }

    /** Stages records of one page, each once however many queries read it; true while the run's limit takes more. */
    public boolean stage(List<StagedRecord> records) {
        List<StagedRecord> fresh = records.stream().filter(record -> stagedIds.add(record.katanaId())).toList();
        results.insertStaged(run.id(), fresh, run.dryRun());
        staged += fresh.size();
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
