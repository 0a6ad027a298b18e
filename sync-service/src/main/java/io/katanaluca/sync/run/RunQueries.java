package io.katanaluca.sync.run;

import io.katanaluca.sync.katana.KatanaQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a run asks Katana for, for every record type: a retry's selected records by id, or the
 * run's scope: everything, what changed since the last complete run of the type started (minus
 * the overlap) together with what failed since then (read by id, so a record that failed for a
 * reason fixed elsewhere is not left until it changes), or the targeted ids. Ids go a hundred per
 * request to keep URLs short.
 */
@Component
public class RunQueries {

    private static final Logger log = LoggerFactory.getLogger(RunQueries.class);
    private static final int IDS_PER_REQUEST = 100;

    private final JdbcSyncRunRepository runs;
    private final JdbcRecordResultRepository results;
    private final IncrementalProperties incremental;

    RunQueries(JdbcSyncRunRepository runs, JdbcRecordResultRepository results, IncrementalProperties incremental) {
        this.runs = runs;
        this.results = results;
        this.incremental = incremental;
    }

    /**
     * @param all the query for everything of the run's type
     * @param idsToRead the ids to ask for to read a selection's records (products or materials
     *     for variants, customers for customers)
     */
    public List<KatanaQuery> forRun(SyncRun run, RecordSelection selection, KatanaQuery all, Function<RecordSelection, Collection<Long>> idsToRead) {
        if (!selection.everything()) {
            return byIds(all, idsToRead.apply(selection));
        }
        RunScope scope = runs.scope(run.id());
        return switch (scope.mode()) {
            case FULL -> List.of(all);
            case TARGETED -> byIds(all, scope.katanaIds());
            case INCREMENTAL -> incrementalWithFailures(run, all, idsToRead);
        };
    }

    private List<KatanaQuery> incrementalWithFailures(SyncRun run, KatanaQuery all, Function<RecordSelection, Collection<Long>> idsToRead) {
        List<KatanaQuery> queries = new ArrayList<>();
        queries.add(incremental(run, all));
        RecordSelection failed = results.failedSinceLastCompleteRun(run.syncType(), run.id());
        if (!failed.katanaIds().isEmpty()) {
            log.info("Incremental {} run also reads again the {} records that failed since the last complete run", run.syncType(),
                    failed.katanaIds().size());
            queries.addAll(byIds(all, idsToRead.apply(failed)));
        }
        return queries;
    }

    private static List<KatanaQuery> byIds(KatanaQuery all, Collection<Long> ids) {
        return BatchFanOut.partition(ids.stream().sorted().toList(), IDS_PER_REQUEST).stream().map(all::withIds).toList();
    }

    /** Without an earlier complete run there is nothing to be incremental to: the first sync reads everything. */
    private KatanaQuery incremental(SyncRun run, KatanaQuery all) {
        Optional<Instant> since = runs.lastCompleteRunStart(run.syncType(), run.id()).map(start -> start.minus(incremental.overlap()));
        runs.recordUpdatedSince(run.id(), since.orElse(null));
        log.info("Incremental {} run reads Katana changes since {}", run.syncType(),
                since.map(Instant::toString).orElse("the beginning (no complete run yet)"));
        return since.map(all::updatedSince).orElse(all);
    }
}
