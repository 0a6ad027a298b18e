package io.katanaluca.sync.run;

import io.katanaluca.sync.system.ClusterMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.exceptions.IllegalJobThreadStateException;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.ProcessingState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.storage.Paging;
import org.jobrunr.storage.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Takes up at startup what the previous life of this node left unfinished when it was killed or
 * crashed. Only in embedded mode (H2, nothing shared), where this node is the only one there is:
 * H2 lets one process open its file, so every run still RUNNING was this node's, and every JobRunr
 * job still PROCESSING belongs to a server that is dead. Such a job fails as "orphaned", as
 * JobRunr's own orphan check would fail it, and is enqueued again at once while it has retries
 * left (else its runs end FAILED with a reason); the dead servers are forgotten, so this node's
 * server leads at once. JobRunr would do the same only after the dead server's heartbeat timed out
 * (4 polls, 20 s) and a retry back-off. With several nodes a node cannot tell a dead node from a
 * busy one at startup: there JobRunr's heartbeat timeout decides, and this class is not wired.
 * A run still QUEUED without a job (the process died between creating it and enqueueing it) ends
 * FAILED at once ({@link NeverQueuedRuns}; only those created before this start: the API already
 * takes starts, and a run created since may be between its commit and its enqueue).
 * Runs before JobRunr's background job server starts (on ApplicationReadyEvent).
 *
 * <p>A run an orderly stop left ({@link OrderlyStop}: SIGTERM) was not interrupted: its jobs went
 * back to the queue as they stopped, none is left PROCESSING, so nothing here counts against its
 * retries, and it is not counted as an interruption either; its mark is cleared.
 */
@Component
@Conditional(ClusterMode.OnEmbedded.class)
class RestartRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RestartRecovery.class);
    private static final int MAX_ORPHANS = 1000;

    private final StorageProvider jobStorage;
    private final ObjectProvider<BackgroundJobServer> server;
    private final JdbcSyncRunRepository runs;
    private final RunsOfJob runsOfJob;
    private final NeverQueuedRuns neverQueued;
    private final Clock clock;
    private final int defaultRetries;
    private final Instant started;

    RestartRecovery(StorageProvider jobStorage, ObjectProvider<BackgroundJobServer> server, JdbcSyncRunRepository runs,
            NeverQueuedRuns neverQueued, Clock clock, @Value("${jobrunr.jobs.default-number-of-retries:10}") int defaultRetries) {
        this.jobStorage = jobStorage;
        this.server = server;
        this.runs = runs;
        this.runsOfJob = new RunsOfJob(runs);
        this.neverQueued = neverQueued;
        this.clock = clock;
        this.defaultRetries = defaultRetries;
        this.started = clock.instant();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            recover();
        } catch (RuntimeException e) {
            log.error("Could not take up the work left by the previous start; JobRunr's orphan check will (after its server timeout)", e);
        }
    }

    void recover() {
        Optional<UUID> ownServer = Optional.ofNullable(server.getIfAvailable()).map(BackgroundJobServer::getId);
        forgetServersOtherThan(ownServer);
        List<SyncRun> unfinished = runs.find(null, List.of(RunStatus.RUNNING), 0, MAX_ORPHANS);
        List<Long> interrupted = unfinished.stream().map(SyncRun::id).filter(id -> !runs.takeStoppedOrderly(id)).toList();
        interrupted.forEach(runs::countInterruption);
        List<Job> orphans = orphanedJobs(ownServer);
        orphans.forEach(this::takeUp);
        neverQueued.endAllCreatedBefore(started);
        if (!unfinished.isEmpty() || !orphans.isEmpty()) {
            log.info("Runs {} were left running (interrupted by a kill or crash: {}; the others by an orderly stop); taken up again,"
                    + " with {} jobs left processing", unfinished.stream().map(SyncRun::id).toList(), interrupted, orphans.size());
        }
    }

    /** Called as the service stops in order, once its job server has stopped: the runs left running are resumed, not interrupted. */
    void recordOrderlyStop() {
        int left = runs.markRunningAsStoppedOrderly();
        if (left > 0) {
            log.info("Stopped in order during {} runs; the next start resumes them", left);
        }
    }

    private void forgetServersOtherThan(Optional<UUID> ownServer) {
        jobStorage.getBackgroundJobServers().stream().filter(dead -> ownServer.map(own -> !own.equals(dead.getId())).orElse(true))
                .forEach(jobStorage::signalBackgroundJobServerStopped);
    }

    private List<Job> orphanedJobs(Optional<UUID> ownServer) {
        return jobStorage.getJobList(StateName.PROCESSING, Paging.AmountBasedList.ascOnUpdatedAt(MAX_ORPHANS)).stream()
                .filter(job -> ownServer.map(own -> !own.equals(job.<ProcessingState>getJobState().getServerId())).orElse(true))
                .toList();
    }

    private void takeUp(Job job) {
        job.failed("Orphaned job", new IllegalJobThreadStateException(
                "The service stopped (killed or crashed) while this job ran; taken up again as it started"));
        if (hasRetriesLeft(job)) {
            job.enqueue();
        } else {
            runsOfJob.of(job).forEach(this::giveUp);
        }
        jobStorage.save(job);
    }

    private boolean hasRetriesLeft(Job job) {
        long failures = job.getJobStatesOfType(FailedState.class).count();
        return failures <= Optional.ofNullable(job.getAmountOfRetries()).orElse(defaultRetries);
    }

    private void giveUp(SyncRun run) {
        int interruptions = runs.interruptions(run.id());
        log.warn("Run {} was interrupted {} times and its job has no retries left; the run ends FAILED", run.id(), interruptions);
        runs.finish(run.id(), RunStatus.FAILED, clock.instant(), "The service stopped " + interruptions + " times during this run"
                + " and its job ran out of retries, so it was given up. Start it again: what was written is kept, not written twice");
    }
}
