package io.katanaluca.sync.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One attempt of a job as its status lists it: the first run of the job, or a retry of it under
 * the same job id. Its runs' rows keep their counters and per-record results after later attempts;
 * {@code itemsUrl} pages through those results.
 */
public record JobAttempt(int attempt, RunStatus status, Instant createdAt, Instant startedAt, Instant endedAt,
        SyncRun.Counters counters, List<Long> runIds, String itemsUrl) {

    /** The attempts of the job whose runs (of every attempt) are {@code everyAttempt}, oldest first. */
    public static List<JobAttempt> of(List<SyncRun> everyAttempt) {
        Map<Integer, List<SyncRun>> byAttempt = everyAttempt.stream()
                .collect(Collectors.groupingBy(SyncRun::attempt, TreeMap::new, Collectors.toList()));
        return byAttempt.entrySet().stream().map(attempt -> of(attempt.getKey(), attempt.getValue())).toList();
    }

    private static JobAttempt of(int attempt, List<SyncRun> runs) {
        UUID jobId = runs.get(0).jobId();
        RunStatus status = RunStatus.ofJob(runs.stream().map(SyncRun::status).toList());
        return new JobAttempt(attempt, status, runs.get(0).createdAt(),
                runs.stream().map(SyncRun::startTime).filter(Objects::nonNull).min(Instant::compareTo).orElse(null),
                status.isActive() ? null : runs.stream().map(SyncRun::endTime).filter(Objects::nonNull).max(Instant::compareTo).orElse(null),
                runs.stream().map(SyncRun::outcomeCounters).reduce(SyncRun.Counters.ZERO, SyncRun.Counters::plus),
                runs.stream().map(SyncRun::id).toList(), "/api/sync/job/" + jobId + "/items?attempt=" + attempt);
    }
}
