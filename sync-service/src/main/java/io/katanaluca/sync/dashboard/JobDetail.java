package io.katanaluca.sync.dashboard;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.katanaluca.sync.run.SyncRun;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jobrunr.jobs.Job;

/**
 * One job: its operation-log row and counters (the fields of {@link JobView}, inline) joined with
 * what JobRunr holds of it, its current state there ({@code queueState}, null once JobRunr has
 * removed the job) and its state history.
 */
record JobDetail(
        @JsonUnwrapped JobView job,
        String triggeredBy,
        Progress progress,
        String jobName,
        String queueState,
        List<StateChange> history,
        String recordsUrl) {

    record Progress(int done, int total, double percent) {
    }

    static JobDetail of(SyncRun run, Optional<Job> queued, Instant now) {
        SyncRun.Counters c = run.counters();
        return new JobDetail(JobView.of(run, now), run.triggeredBy(), new Progress(c.processed(), c.total(), Figures.percent(c.processed(), c.total())),
                queued.map(Job::getJobName).orElse(null), queued.map(job -> job.getState().name()).orElse(null),
                queued.map(job -> job.getJobStates().stream().map(StateChange::of).toList()).orElse(List.of()),
                "/api/sync/job/" + run.jobId() + "/records");
    }
}
