package io.katanaluca.sync.run;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the runs that were created but never reached the job queue: the process died in the moment
 * between committing a run and enqueueing its job ({@link SyncLauncher}). Nothing would ever start
 * such a run, and every later start of its type would be refused with 409. Every node looks once a
 * minute for QUEUED runs without a job and ends FAILED, saying to start them again, those it had
 * already found so a minute before: the window itself lasts milliseconds, also for the new attempt of
 * a job being retried (its rows are committed before its job is requeued). On an embedded node
 * {@link RestartRecovery} ends such runs at once when it starts. Two nodes ending the same run
 * write the same.
 */
@Component
class NeverQueuedRuns {

    private static final Logger log = LoggerFactory.getLogger(NeverQueuedRuns.class);
    private static final int MAX_RUNS = 1000;

    private final StorageProvider jobStorage;
    private final JdbcSyncRunRepository runs;
    private final Clock clock;
    private Set<Long> seenWithoutJob = Set.of();

    NeverQueuedRuns(StorageProvider jobStorage, JdbcSyncRunRepository runs, Clock clock) {
        this.jobStorage = jobStorage;
        this.runs = runs;
        this.clock = clock;
    }

    /** Ends the runs found QUEUED without a job now and at the look before; returns how many. */
    @Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    synchronized int endThoseLeftBehind() {
        try {
            List<SyncRun> withoutJob = queuedWithoutJob().toList();
            List<SyncRun> leftBehind = withoutJob.stream().filter(run -> seenWithoutJob.contains(run.id())).toList();
            leftBehind.forEach(this::end);
            seenWithoutJob = withoutJob.stream().map(SyncRun::id).filter(id -> leftBehind.stream().noneMatch(run -> run.id() == id))
                    .collect(Collectors.toSet());
            return leftBehind.size();
        } catch (RuntimeException e) {
            log.warn("Could not look for runs that never reached the job queue; trying again in a minute", e);
            return 0;
        }
    }

    /** Ends at once the QUEUED runs without a job created before {@code before}; returns how many. */
    int endAllCreatedBefore(Instant before) {
        List<SyncRun> neverQueued = queuedWithoutJob().filter(run -> run.createdAt().isBefore(before)).toList();
        neverQueued.forEach(this::end);
        return neverQueued.size();
    }

    private Stream<SyncRun> queuedWithoutJob() {
        return runs.find(null, List.of(RunStatus.QUEUED), 0, MAX_RUNS).stream().filter(this::hasNoJob);
    }

    private boolean hasNoJob(SyncRun run) {
        try {
            jobStorage.getJobById(run.jobId());
            return false;
        } catch (JobNotFoundException e) {
            return true;
        }
    }

    private void end(SyncRun run) {
        log.warn("Run {} was created but never handed to the job queue; it ends FAILED", run.id());
        runs.finish(run.id(), RunStatus.FAILED, clock.instant(),
                "The service stopped as it started this run, before the run reached the job queue; start it again");
    }
}
