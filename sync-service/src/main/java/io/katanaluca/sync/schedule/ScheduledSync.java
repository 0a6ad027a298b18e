package io.katanaluca.sync.schedule;

import io.katanaluca.sync.run.RunScope;
import io.katanaluca.sync.run.RunScope.RunMode;
import io.katanaluca.sync.run.SyncLauncher;
import io.katanaluca.sync.run.SyncType;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a schedule does when it fires: start a run, unless the previous run of that type is still
 * going, in which case this firing is skipped (logged, not failed: the next firing tries again).
 * A plain bean with enum arguments, as JobRunr jobs should be.
 */
@Component
public class ScheduledSync {

    private static final Logger log = LoggerFactory.getLogger(ScheduledSync.class);

    private final SyncLauncher launcher;

    ScheduledSync(SyncLauncher launcher) {
        this.launcher = launcher;
    }

    @Job(name = "Scheduled %0 sync (%1)", retries = 0)
    public void run(SyncType type, RunMode mode) {
        try {
            var run = launcher.start(type, null, false, "schedule", mode == RunMode.FULL ? RunScope.FULL : RunScope.incremental());
            log.info("Scheduled {} {} run started as job {}", mode, type, run.jobId());
        } catch (SyncLauncher.RunAlreadyActiveException busy) {
            log.info("Scheduled {} {} run skipped: {}", mode, type, busy.getMessage());
        }
    }
}
