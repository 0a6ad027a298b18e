package io.katanaluca.sync.api;

import io.katanaluca.sync.run.JdbcRecordResultRepository;
import io.katanaluca.sync.run.JdbcSyncRunRepository;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.RecordResult;
import io.katanaluca.sync.run.RunScope;
import io.katanaluca.sync.run.SyncLauncher;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncType;
import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
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

/** The job API (the seed's SyncController): start a run as a background job, follow it, read its records. */
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
        URI statusUrl = URI.create("/api/sync/job/" + run.jobId());
        return ResponseEntity.accepted().location(statusUrl).body(Map.of("jobId", run.jobId().toString(), "syncType", type.name(),
                "status", run.status().name(), "statusUrl", statusUrl.toString()));
    }

    @GetMapping("/job/{jobId}")
    RunView job(@PathVariable String jobId) {
        SyncRun run = find(jobId);
        return RunView.of(run, results.find(run.id(), RecordOutcome.FAILED, 0, FIRST_ERRORS));
    }

    @GetMapping("/job/{jobId}/records")
    Map<String, Object> records(@PathVariable String jobId, @RequestParam(required = false) String outcome,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        SyncRun run = find(jobId);
        RecordOutcome filter = outcome == null ? null : outcome(outcome);
        if (page < 0 || size < 1 || size > 1000) {
            throw new BadRequestException("page must be ≥ 0 and size between 1 and 1000");
        }
        List<RecordResult> items = results.find(run.id(), filter, page * size, size);
        return Map.of("jobId", jobId, "page", page, "size", size, "total", results.count(run.id(), filter), "items", items);
    }

    private SyncRun find(String jobId) {
        try {
            return runs.findByJobId(UUID.fromString(jobId)).orElseThrow(() -> new NotFoundException("No sync job " + jobId));
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
