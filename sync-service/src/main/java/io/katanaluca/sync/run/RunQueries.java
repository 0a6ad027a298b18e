package io.katanaluca.sync.run;

import io.katanaluca.sync.katana.KatanaQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a run asks Katana for, for every record type: a retry's selected records by id, or the
 * run's scope: everything, what changed since the last complete run of the type started (minus
 * the overlap), or the targeted ids. Ids go a hundred per request to keep URLs short.
 */
@Component
public class RunQueries {

    private static final Logger log = LoggerFactory.getLogger(RunQueries.class);
    private static final int IDS_PER_REQUEST = 100;

    private final JdbcSyncRunRepository runs;
    private final IncrementalProperties incremental;

    RunQueries(JdbcSyncRunRepository runs, IncrementalProperties incremental) {
        this.runs = runs;
        this.incremental = incremental;
    }

    /**
     * @param all the query for everything of the run's type
     * @param selectedIds the ids to ask for when the run retries a selection (products or
     *     materials for variants, customers for customers)
     */
    public List<KatanaQuery> forRun(SyncRun run, RecordSelection selection, KatanaQuery all, Collection<Long> selectedIds) {
        if (!selection.everything()) {
            return byIds(all, selectedIds);
        }
        RunScope scope = runs.scope(run.id());
        return switch (scope.mode()) {
            case FULL -> List.of(all);
            case TARGETED -> byIds(all, scope.katanaIds());
            case INCREMENTAL -> List.of(incremental(run, all));
        };
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
