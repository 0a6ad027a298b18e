package io.katanaluca.sync.api;

import io.katanaluca.sync.run.JdbcRecordResultRepository;
import io.katanaluca.sync.run.JdbcSyncRunRepository;
import io.katanaluca.sync.run.JobAttempt;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.RecordResult;
import io.katanaluca.sync.run.RunScope;
import io.katanaluca.sync.run.SyncLauncher;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncType;
import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The job API (the seed's SyncController): start a job in the background, follow it, read its records, retry what failed. */
@RestController
@RequestMapping("/api/sync")
class SyncController {

    private static final int FIRST_ERRORS = 10;

    private final SyncLauncher launcher;
    private final JdbcSyncRunRepository runs;
    private final JdbcRecordResultRepository results;

    SyncController(SyncLauncher launcher, JdbcSyncRunRepository runs, JdbcRecordResultRepository results) {
        this.launcher = launcher;
        this.runs = runs;
        this.results = results;
    }

    @PostMapping("/start")
    ResponseEntity<Map<String, Object>> start(@RequestBody StartSyncRequest request, Principal principal) {
        SyncType type = syncType(request.syncType());
        if (request.limit() != null && request.limit() < 0) {
            throw new BadRequestException("limit must be zero or positive, got " + request.limit());
        }
        SyncRun run = launcher.start(type, request.limit(), Boolean.TRUE.equals(request.dryRun()), principal == null ? null : principal.getName(),
                scope(request.mode()));
        return accepted(run, type.name(), Map.of());
    }

    /**
     * A job's status: its latest attempt (an ALL job shows its runs, one per type, in {@code parts}),
     * every attempt in {@code attempts}, and the retry-failed jobs it came from or led to.
     */
    @GetMapping("/job/{jobId}")
    RunView job(@PathVariable String jobId) {
        List<SyncRun> parts = find(jobId);
        UUID id = parts.get(0).jobId();
        int attempt = parts.get(0).attempt();
        return RunView.of(parts, results.countOutcomesOfJob(id, attempt), run -> results.countActions(run.id()),
                results.findForJob(id, attempt, RecordOutcome.FAILED, 0, FIRST_ERRORS),
                new RunView.Links(JobAttempt.of(runs.findEveryAttempt(id)), runs.findRetriedJob(id), runs.findRetriesOf(id)));
    }

    /**
     * The per-record results of every run of a job's latest attempt, or of the attempt asked for;
     * {@code /records} is the same endpoint under its first name.
     */
    @GetMapping({"/job/{jobId}/items", "/job/{jobId}/records"})
    Map<String, Object> items(@PathVariable String jobId, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) Integer attempt, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        SyncRun latest = find(jobId).get(0);
        UUID id = latest.jobId();
        RecordOutcome filter = outcome == null ? null : outcome(outcome);
        if (page < 0 || size < 1 || size > 1000) {
            throw new BadRequestException("page must be ≥ 0 and size between 1 and 1000");
        }
        int shown = attempt == null ? latest.attempt() : existingAttempt(id, attempt, latest.attempt());
        List<RecordResult> items = results.findForJob(id, shown, filter, page * size, size);
        return Map.of("jobId", jobId, "attempt", shown, "page", page, "size", size, "total", results.countForJob(id, shown, filter),
                "items", items);
    }

    private int existingAttempt(UUID jobId, int attempt, int latest) {
        if (runs.findEveryAttempt(jobId).stream().noneMatch(run -> run.attempt() == attempt)) {
            throw new NotFoundException("Job " + jobId + " has no attempt " + attempt + "; its attempts are 1 to " + latest);
        }
        return attempt;
    }

    /** A new job over only the records that failed in this one, or that it never wrote (optional body {@code {"dryRun":true}}). */
    @PostMapping("/job/{jobId}/retry-failed")
    ResponseEntity<Map<String, Object>> retryFailed(@PathVariable String jobId, @RequestBody(required = false) RetryFailedRequest request,
            Principal principal) {
        List<SyncRun> source = find(jobId);
        int failed = source.stream().mapToInt(run -> results.countToRetry(run.id())).sum();
        SyncRun run = launcher.retryFailed(source, request != null && Boolean.TRUE.equals(request.dryRun()),
                principal == null ? null : principal.getName());
        List<SyncRun> parts = runs.findAllByJobId(run.jobId());
        return accepted(run, parts.size() == 1 ? run.syncType().name() : SyncType.ALL.name(), Map.of("retryOf", jobId, "records", failed));
    }

    private static ResponseEntity<Map<String, Object>> accepted(SyncRun run, String syncType, Map<String, Object> extra) {
        URI statusUrl = URI.create("/api/sync/job/" + run.jobId());
        Map<String, Object> body = new LinkedHashMap<>(Map.of("jobId", run.jobId().toString(), "syncType", syncType,
                "status", run.status().name(), "statusUrl", statusUrl.toString()));
        body.putAll(extra);
        return ResponseEntity.accepted().location(statusUrl).body(body);
    }

    private List<SyncRun> find(String jobId) {
        try {
            List<SyncRun> parts = runs.findAllByJobId(UUID.fromString(jobId));
            if (parts.isEmpty()) {
                throw new NotFoundException("No sync job " + jobId);
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No sync job " + jobId + " (job ids are UUIDs)");
        }
    }

    private static SyncType syncType(String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("syncType is required; one of " + Arrays.toString(SyncType.values()));
        }
        try {
            return SyncType.valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown syncType '" + value + "'; one of " + Arrays.toString(SyncType.values()));
        }
    }

    /** FULL (the default) or INCREMENTAL; targeted runs are started by webhook events, not by hand. */
    private static RunScope scope(String mode) {
        if (mode == null || mode.isBlank() || mode.trim().equalsIgnoreCase("FULL")) {
            return RunScope.FULL;
        }
        if (mode.trim().equalsIgnoreCase("INCREMENTAL")) {
            return RunScope.incremental();
        }
        throw new BadRequestException("Unknown mode '" + mode + "'; one of [FULL, INCREMENTAL]");
    }

    private static RecordOutcome outcome(String value) {
        try {
            return RecordOutcome.valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown outcome '" + value + "'; one of " + Arrays.toString(RecordOutcome.values()));
        }
    }
}
