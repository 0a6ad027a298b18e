package io.katanaluca.sync.run;

import io.katanaluca.sync.record.Action;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts what a run finished while planning: invalid, unchanged, changed-but-not-updatable and
 * removed-in-Katana-but-kept records need no write, and a dry run finishes every record here.
 */
@Component
public class PlannedOutcomes {

    private final JdbcRecordResultRepository results;
    private final JdbcSyncRunRepository runs;

    PlannedOutcomes(JdbcRecordResultRepository results, JdbcSyncRunRepository runs) {
        this.results = results;
        this.runs = runs;
    }

    public void record(SyncRun run) {
        Map<RecordOutcome, Integer> outcomes = results.countOutcomes(run.id());
        int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        runs.setTotal(run.id(), total);
        int failed = outcomes.getOrDefault(RecordOutcome.FAILED, 0);
        int unchanged = outcomes.getOrDefault(RecordOutcome.UNCHANGED, 0);
        int notUpdated = outcomes.getOrDefault(RecordOutcome.NOT_UPDATED, 0) + outcomes.getOrDefault(RecordOutcome.NOT_DELETED, 0);
        if (run.dryRun()) {
            Map<Action, Integer> actions = results.countActions(run.id());
            runs.add(run.id(), new SyncRun.Counters(0, total, total - failed - notUpdated, failed, actions.getOrDefault(Action.CREATE, 0),
                    actions.getOrDefault(Action.UPDATE, 0), unchanged));
        } else {
            runs.add(run.id(), new SyncRun.Counters(0, failed + unchanged + notUpdated, unchanged, failed, 0, 0, unchanged));
        }
    }
}
