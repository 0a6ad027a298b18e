package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.run.JdbcSyncRunRepository;
import io.katanaluca.sync.run.JobAttempt;
import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The seed's {@code SyncDashboardController}, its job half: list, details with history, retry, delete. */
@RestController
@RequestMapping("/api/sync/dashboard/jobs")
@Tag(name = "Dashboard", description = "The seed's monitoring API over the job queue and the operation log")
class SyncDashboardController {

    private static final int MAX_PAGE_SIZE = 100;

    private final JdbcSyncRunRepository runs;
    private final JobRunrQueue queue;
    private final JobActions actions;
    private final Clock clock;

    SyncDashboardController(JdbcSyncRunRepository runs, JobRunrQueue queue, JobActions actions, Clock clock) {
        this.runs = runs;
        this.queue = queue;
        this.actions = actions;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Runs, newest first", description = "One entry per run: a job of type ALL shows once per type, under"
            + " one job id. Filter by queue state (ENQUEUED, PROCESSING, SUCCEEDED, FAILED, SCHEDULED; a PARTIAL run SUCCEEDED as a"
            + " job) and by sync type.")
    JobPage jobs(@RequestParam(required = false) String state, @RequestParam(required = false) String syncType,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw Problems.badRequest("page must be ≥ 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        SyncType type = syncType == null ? null : parse(SyncType.class, "syncType", syncType);
        Set<RunStatus> statuses = state == null ? Set.of() : parse(QueueState.class, "state", state).statuses();
        if (state != null && statuses.isEmpty()) {
            return new JobPage(page, size, 0, List.of());
        }
        return new JobPage(page, size, runs.count(type, statuses),
                runs.find(type, statuses, page * size, size).stream().map(run -> JobView.of(run, clock.instant())).toList());
    }

    @GetMapping("/{jobId}")
    @Operation(summary = "One job: its operation-log rows (one per type for ALL) and counters with its JobRunr state history",
            description = "The latest attempt, with every attempt (each retry is one) and the retry-failed jobs linked to it.")
    JobDetail job(@PathVariable String jobId) {
        List<SyncRun> job = actions.find(jobId);
        UUID id = job.get(0).jobId();
        return JobDetail.of(job, queue.find(id), clock.instant())
                .linked(JobAttempt.of(runs.findEveryAttempt(id)), runs.findRetriedJob(id), runs.findRetriesOf(id));
    }

    @PostMapping("/{jobId}/retry")
    @Operation(summary = "Run an ended job again", description = "Under the same job id, as its next attempt: new operation-log"
            + " rows, the earlier attempts' rows and records kept. 409 when it is queued or running, when it succeeded with no"
            + " failed record, or when another run of its type is active.")
    ResponseEntity<Map<String, String>> retry(@PathVariable String jobId) {
        SyncRun run = actions.retry(actions.find(jobId)).get(0);
        return ResponseEntity.accepted().body(Map.of("message", "Job requeued successfully", "jobId", run.jobId().toString(),
                "statusUrl", "/api/sync/job/" + run.jobId()));
    }

    @DeleteMapping("/{jobId}")
    @Operation(summary = "Delete a job that is not running", description = "From the queue and from the operation log, with its"
            + " per-record results; a queued job never runs. 409 while it runs.")
    Map<String, String> delete(@PathVariable String jobId) {
        List<SyncRun> job = actions.find(jobId);
        actions.delete(job);
        return Map.of("message", "Job deleted successfully", "jobId", job.get(0).jobId().toString());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest("Unknown " + name + " '" + value + "'; one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
