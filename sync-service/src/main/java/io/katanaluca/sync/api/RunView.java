package io.katanaluca.sync.api;

import io.katanaluca.sync.record.Action;
import io.katanaluca.sync.record.Percent;
import io.katanaluca.sync.run.JobAttempt;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.RecordResult;
import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncRun;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What {@code GET /api/sync/job/{jobId}} shows of a job. A job of one type is one run; a job of
 * type ALL has one run per type, listed in {@code parts}, with the job's status, progress and
 * counters made from theirs (RUNNING until every run ended; then SUCCESS or FAILED if all runs
 * agree, else PARTIAL). {@code counters} say what the job did ({@link SyncRun#outcomeCounters()}: a dry
 * run succeeded, created and updated nothing), {@code planned} what it planned to do: its records
 * per planned action. A retry of the job is a new attempt under the same job id: the view shows
 * the latest ({@code attempt}) and lists every attempt in {@code attempts}, oldest first, each with
 * its own counters. A retry-failed job names the job it retries in {@code retryOf}; a job lists
 * the retry-failed jobs started from it in {@code retriedBy}.
 */
record RunView(
        String jobId,
        String syncType,
        String status,
        boolean dryRun,
        Integer limit,
        Progress progress,
        SyncRun.Counters counters,
        Map<RecordOutcome, Integer> outcomes,
        Map<Action, Integer> planned,
        Instant createdAt,
        Instant startedAt,
        Instant endedAt,
        Long durationMs,
        String errorMessage,
        List<RecordResult> firstErrors,
        String itemsUrl,
        String recordsUrl,
        List<Part> parts,
        int attempt,
        List<JobAttempt> attempts,
        String retryOf,
        List<String> retriedBy) {

    /** A job's attempts and the retry-failed jobs on either side of it. */
    record Links(List<JobAttempt> attempts, Optional<UUID> retryOf, List<UUID> retriedBy) {
    }

    record Progress(int done, int total, double percent) {

        static Progress of(SyncRun.Counters c) {
            return new Progress(c.processed(), c.total(), Percent.of(c.processed(), c.total()));
        }
    }

    /** One run of the job: one sync type, one operation-log row. */
    record Part(String syncType, String status, Progress progress, SyncRun.Counters counters, Instant startedAt, Instant endedAt,
            String errorMessage, Map<Action, Integer> planned) {

        static Part of(SyncRun run, Map<Action, Integer> planned) {
            return new Part(run.syncType().name(), run.status().name(), Progress.of(run.counters()), run.outcomeCounters(), run.startTime(),
                    run.endTime(), run.errorMessage(), planned);
        }
    }

    /** @param planned a run's records per planned action */
    static RunView of(List<SyncRun> runs, Map<RecordOutcome, Integer> outcomes, Function<SyncRun, Map<Action, Integer>> planned,
            List<RecordResult> firstErrors, Links links) {
        SyncRun first = runs.get(0);
        SyncRun.Counters counters = runs.stream().map(SyncRun::outcomeCounters).reduce(SyncRun.Counters.ZERO, SyncRun.Counters::plus);
        List<Part> parts = runs.stream().map(run -> Part.of(run, planned.apply(run))).toList();
        Map<Action, Integer> jobPlanned = new EnumMap<>(Action.class);
        parts.forEach(part -> part.planned().forEach((action, count) -> jobPlanned.merge(action, count, Integer::sum)));
        RunStatus status = runs.size() == 1 ? first.status() : RunStatus.ofJob(runs.stream().map(SyncRun::status).toList());
        Instant started = runs.stream().map(SyncRun::startTime).filter(Objects::nonNull).findFirst().orElse(null);
        Instant ended = status.isActive() ? null : runs.stream().map(SyncRun::endTime).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        Long duration = started == null ? null : Duration.between(started, ended == null ? Instant.now() : ended).toMillis();
        String url = "/api/sync/job/" + first.jobId();
        return new RunView(first.jobId().toString(), runs.size() == 1 ? first.syncType().name() : "ALL", status.name(), first.dryRun(),
                first.limit(), Progress.of(counters), counters, outcomes, jobPlanned, first.createdAt(), started, ended, duration,
                errorMessage(runs), firstErrors, url + "/items", url + "/records", parts, first.attempt(), links.attempts(),
                links.retryOf().map(UUID::toString).orElse(null), links.retriedBy().stream().map(UUID::toString).toList());
    }

    private static String errorMessage(List<SyncRun> runs) {
        if (runs.size() == 1) {
            return runs.get(0).errorMessage();
        }
        List<String> messages = runs.stream().filter(run -> run.errorMessage() != null)
                .map(run -> run.syncType() + ": " + run.errorMessage()).toList();
        return messages.isEmpty() ? null : String.join(" | ", messages);
    }
}
