package io.katanaluca.sync.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs of another type that one run needs done first (an invoice needs its customer's account and
 * its rows' stock cards): a targeted run of exactly the missing Katana records, started as any run
 * is (its own job, its own results, the one-active-run-per-type rule) and waited for, so that the
 * waiting run plans against what it wrote. When a run of that type is already active, its end is
 * awaited and the targeted run starts after it. Waiting stops with the service.
 */
@Component
class PrerequisiteRuns {

    private static final Logger log = LoggerFactory.getLogger(PrerequisiteRuns.class);
    private static final Duration POLL = Duration.ofMillis(200);
    static final int IDS_PER_RUN = 300;

    private final SyncLauncher launcher;
    private final JdbcSyncRunRepository runs;
    private final OrderlyStop stop;

    PrerequisiteRuns(SyncLauncher launcher, JdbcSyncRunRepository runs, OrderlyStop stop) {
        this.launcher = launcher;
        this.runs = runs;
        this.stop = stop;
    }

    /**
     * Starts targeted runs of {@code type} over {@code katanaIds} for {@code waiting}, at most
     * {@value #IDS_PER_RUN} ids each (a run keeps its ids in its log row), and returns them ended.
     */
    List<SyncRun> runFirst(SyncRun waiting, SyncType type, Collection<Long> katanaIds) throws InterruptedException {
        List<SyncRun> ended = new ArrayList<>();
        for (List<Long> ids : BatchFanOut.partition(katanaIds.stream().distinct().sorted().toList(), IDS_PER_RUN)) {
            ended.add(runOne(waiting, type, ids));
        }
        return ended;
    }

    private SyncRun runOne(SyncRun waiting, SyncType type, List<Long> ids) throws InterruptedException {
        while (true) {
            try {
                SyncRun first = launcher.start(type, null, false, triggeredBy(waiting), RunScope.targeted(ids));
                log.info("Run {} waits for {} run {} of {} Katana records it needs first", waiting.id(), type, first.id(), ids.size());
                SyncRun ended = awaitEnd(first.id());
                log.info("{} run {} ended {}; run {} goes on", type, ended.id(), ended.status(), waiting.id());
                return ended;
            } catch (SyncLauncher.RunAlreadyActiveException busy) {
                log.info("Run {} waits for the active {} run {} to end before syncing what it needs", waiting.id(), type, busy.active().id());
                awaitEnd(busy.active().id());
            }
        }
    }

    /** Shown as the first run's {@code triggeredBy}: which run asked for it. */
    static String triggeredBy(SyncRun waiting) {
        return waiting.syncType().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-run-" + waiting.id();
    }

    private SyncRun awaitEnd(long runId) throws InterruptedException {
        while (true) {
            SyncRun run = runs.findById(runId).orElseThrow(() -> new SyncRunException("No sync run " + runId));
            if (!run.status().isActive()) {
                return run;
            }
            stop.checkNotStopping();
            Thread.sleep(POLL.toMillis());
        }
    }
}
