package io.katanaluca.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The service's run API as the benchmark uses it: start a run, follow it until it ends. */
final class ServiceApi {

    private static final Set<String> ENDED = Set.of("SUCCESS", "PARTIAL", "FAILED");
    /**
     * Seldom on purpose: every API request costs the service a BCrypt check of the basic-auth
     * password (tens of ms of CPU), and the wall time is taken from the run's own endedAt anyway.
     */
    private static final Duration POLL = Duration.ofSeconds(1);

    private final Http http = Http.basic(ServiceProcess.USER, ServiceProcess.PASSWORD);
    private final String baseUrl;

    ServiceApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String start(String mode) {
        return start("PRODUCT", mode);
    }

    String start(String syncType, String mode) {
        return http.send("POST", baseUrl + "/api/sync/start", Map.of("syncType", syncType, "mode", mode))
                .requireJson("POST /api/sync/start").path("jobId").asString();
    }

    String jobUrl(String jobId) {
        return baseUrl + "/api/sync/job/" + jobId;
    }

    /** The dashboard summary of issue 6, if this version of the service has one. */
    boolean hasDashboardSummary() {
        return http.get(dashboardSummaryUrl()).isSuccess();
    }

    String dashboardSummaryUrl() {
        return baseUrl + "/api/sync/dashboard/summary";
    }

    /** The run once it has ended; after {@code timeout}, the run as it stands (its {@code endedAt} is null). */
    RunOutcome awaitEnd(String jobId, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode job = http.get(jobUrl(jobId)).requireJson("GET /api/sync/job/" + jobId);
        while (!ENDED.contains(job.path("status").asString()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(POLL.toMillis());
            job = http.get(jobUrl(jobId)).requireJson("GET /api/sync/job/" + jobId);
        }
        return RunOutcome.of(job);
    }

    /** A run as the service reports it when it has ended. */
    record RunOutcome(String status, Instant createdAt, Instant startedAt, Instant endedAt, int total, int processed, int created,
            int updated, int unchanged, int failed, String errorMessage) {

        static RunOutcome of(JsonNode job) {
            JsonNode counters = job.path("counters");
            return new RunOutcome(job.path("status").asString(), instant(job, "createdAt"), instant(job, "startedAt"), instant(job, "endedAt"),
                    counters.path("total").asInt(), counters.path("processed").asInt(), counters.path("created").asInt(), counters.path("updated").asInt(),
                    counters.path("unchanged").asInt(), counters.path("failed").asInt(),
                    job.path("errorMessage").isNull() ? null : job.path("errorMessage").asString(null));
        }

        private static Instant instant(JsonNode job, String field) {
            JsonNode value = job.path(field);
            return value.isNull() || value.isMissingNode() ? null : Instant.parse(value.asString());
        }

        /** From the run's creation to its start: the time the job waited in the queue. */
        Duration queued() {
            return startedAt == null ? Duration.ZERO : Duration.between(createdAt, startedAt);
        }

        boolean hasEnded() {
            return endedAt != null;
        }

        int written() {
            return created + updated;
        }
    }
}
