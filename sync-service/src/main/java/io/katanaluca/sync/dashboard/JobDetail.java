package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.run.JobAttempt;
import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jobrunr.jobs.Job;

/**
 * One job: its operation-log rows ({@code runs}: one, or one per type for ALL) with the job's
 * status, counters and progress made from theirs, joined with what JobRunr holds of it: its state
 * there ({@code queueState}, null once JobRunr has removed the job) and its state history. The rows
 * are those of the job's latest attempt ({@code attempt}); {@code attempts} lists every attempt,
 * {@code retryOf} the job a retry-failed job retries, {@code retriedBy} the retry-failed jobs
 * started from this one.
 */
record JobDetail(
        String jobId,
        String syncType,
        QueueState state,
        String status,
        boolean dryRun,
        Integer limit,
        String triggeredBy,
        Instant createdAt,
        Instant startedAt,
        Instant endedAt,
        Long durationMs,
        SyncRun.Counters counters,
        Progress progress,
        String errorMessage,
        String jobName,
        String queueState,
        List<StateChange> history,
        List<JobView> runs,
        String recordsUrl,
        int attempt,
        List<JobAttempt> attempts,
        String retryOf,
        List<String> retriedBy) {

    record Progress(int done, int total, double percent) {
    }

    static JobDetail of(List<SyncRun> runs, Optional<Job> queued, Instant now) {
        SyncRun first = runs.get(0);
        RunStatus status = runs.size() == 1 ? first.status() : RunStatus.ofJob(runs.stream().map(SyncRun::status).toList());
        SyncRun.Counters c = runs.stream().map(SyncRun::outcomeCounters).reduce(SyncRun.Counters.ZERO, SyncRun.Counters::plus);
        Instant started = runs.stream().map(SyncRun::startTime).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
        Instant ended = status.isActive() ? null : runs.stream().map(SyncRun::endTime).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        return new JobDetail(first.jobId().toString(), runs.size() == 1 ? first.syncType().name() : "ALL", QueueState.of(status),
                status.name(), first.dryRun(), first.limit(), first.triggeredBy(), first.createdAt(), started, ended,
                started == null ? null : Duration.between(started, ended == null ? now : ended).toMillis(), c,
                new Progress(c.processed(), c.total(), Figures.percent(c.processed(), c.total())), errorMessage(runs),
                queued.map(Job::getJobName).orElse(null), queued.map(job -> job.getState().name()).orElse(null),
                queued.map(job -> job.getJobStates().stream().map(StateChange::of).toList()).orElse(List.of()),
                runs.stream().map(run -> JobView.of(run, now)).toList(), "/api/sync/job/" + first.jobId() + "/records",
                first.attempt(), List.of(), null, List.of());
    }

    JobDetail linked(List<JobAttempt> everyAttempt, Optional<UUID> retried, List<UUID> retries) {
        return new JobDetail(jobId, syncType, state, status, dryRun, limit, triggeredBy, createdAt, startedAt, endedAt, durationMs,
                counters, progress, errorMessage, jobName, queueState, history, runs, recordsUrl, attempt, everyAttempt,
                retried.map(UUID::toString).orElse(null), retries.stream().map(UUID::toString).toList());
    }

    private static String errorMessage(List<SyncRun> runs) {
        List<String> messages = runs.stream().filter(run -> run.errorMessage() != null)
                .map(run -> runs.size() == 1 ? run.errorMessage() : run.syncType() + ": " + run.errorMessage()).toList();
        return messages.isEmpty() ? null : String.join(" | ", messages);
    }
}
