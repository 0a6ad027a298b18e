package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The README's "A first walk-through", its bash blocks run as written against the demo (profile
 * {@code demo}, a process of its own on a fresh working directory): a dry run, one record made to
 * fail, a real run that ends PARTIAL, a retry of only that record, a last run that writes nothing.
 * The demo's fixed ports (8080, 8081, 8082, 8000) are moved to free ones, in the script and in the
 * service's settings, so the test runs beside anything else on the machine (a demo included).
 */
class ReadmeWalkThroughIntegrationTests {

    private static final Path README = Path.of("..", "README.md");
    private static final String SECTION = "### A first walk-through";
    private static final String FAILING_SKU = "TR-000001-1";
    private static final String CREATE = "EkleStkWsSkart.do";
    private static final int HELPERS = 0;
    private static final int DRY_RUN = 1;
    private static final int BREAK_ONE = 2;
    private static final int REAL_RUN = 3;
    private static final int RETRY = 4;
    private static final int RUN_AGAIN = 5;

    @TempDir
    Path workingDirectory;

    private SingleNodeService demo;

    @AfterEach
    void stopDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void shouldRunTheWalkThroughAsWrittenWithOneRecordFailedAndRetried() throws Exception {
        assertThat(new ProcessBuilder("bash", "-c", "command -v curl && command -v sed && command -v grep").start().waitFor())
                .as("the walk-through needs bash, curl, sed and grep on the PATH").isZero();
        ReadmeScript script = ReadmeScript.ofSection(README, SECTION);
        assertThat(script.blocks()).as("the helpers and five steps of %s", SECTION).hasSize(6);
        assertThat(script.blocks().get(HELPERS)).contains("start()", "status()", "wait_for()");
        int katanaPort = SingleNodeService.freePort();
        int lucaPort = SingleNodeService.freePort();
        demo = SingleNodeService.start(demoSettings(katanaPort, lucaPort), "demo", workingDirectory,
                Path.of("target", "readme-walk-through.log"));

        ReadmeScript.Run run = script.onPorts(Map.of(8080, demo.port(), 8081, katanaPort, 8082, lucaPort))
                .run(workingDirectory, Duration.ofMinutes(3));

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertDryRunPlannedAndWroteNothing(run);
        assertPreviewSaysInvalid(run);
        String firstJob = assertRealRunPartialWithTheOneRecordFailed(run);
        String retry = assertRetryCreatedTheRecord(run, firstJob);
        assertThat(demo.api().getJson("/api/sync/job/" + firstJob).path("retriedBy").values()).map(JsonNode::asString)
                .as("the first job's retriedBy").containsExactly(retry);
        assertLastRunWroteNothing(run, variantCount(katanaPort));
        assertThat(demo.logLines()).as("the demo's log").isNotEmpty()
                .noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by:"));
    }

    /** The demo on free ports; no schedule, so that none of its runs starts between the steps (a start then gets 409). */
    private static Map<String, String> demoSettings(int katanaPort, int lucaPort) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.profiles.active", "demo");
        settings.put("server.address", "127.0.0.1");
        settings.put("demo.katana-port", Integer.toString(katanaPort));
        settings.put("demo.luca-port", Integer.toString(lucaPort));
        settings.put("jobrunr.dashboard.port", Integer.toString(SingleNodeService.freePort()));
        for (String schedule : List.of("products-incremental", "products-nightly-full", "materials-incremental", "customers-hourly")) {
            settings.put("sync.schedules." + schedule + ".enabled", "false");
        }
        return settings;
    }

    private static void assertDryRunPlannedAndWroteNothing(ReadmeScript.Run run) {
        assertThat(run.command(DRY_RUN, "wait_for $DRY").output()).isEqualTo("SUCCESS");
        JsonNode job = run.command(DRY_RUN, "$API/job/$DRY").json();
        assertThat(job.path("dryRun").asBoolean()).as(job.toString()).isTrue();
        assertThat(job.path("planned").path("CREATE").asInt()).as(job.toString()).isPositive();
        assertThat(job.path("counters").path("created").asInt()).as(job.toString()).isZero();
        JsonNode items = run.command(DRY_RUN, "items?size=5\"").json();
        assertThat(items.path("items")).as(items.toString()).hasSize(5)
                .allSatisfy(item -> assertThat(item.path("outcome").asString()).isEqualTo("DRY_RUN"));
        JsonNode stats = run.command(DRY_RUN, "/_sim/stats").json();
        assertThat(stats.path("calls").has(CREATE)).as(stats.toString()).isFalse();
    }

    private static void assertPreviewSaysInvalid(ReadmeScript.Run run) {
        JsonNode preview = run.command(BREAK_ONE, "preview?sku=" + FAILING_SKU + "\"").json();
        assertThat(preview.path("action").asString()).as(preview.toString()).isEqualTo("INVALID");
        assertThat(preview.path("reason").asString()).contains("negative sales price");
    }

    /** @return the job's id */
    private static String assertRealRunPartialWithTheOneRecordFailed(ReadmeScript.Run run) {
        assertThat(run.command(REAL_RUN, "wait_for $JOB").output()).isEqualTo("PARTIAL");
        JsonNode failed = run.command(REAL_RUN, "outcome=FAILED\"").json();
        assertThat(failed.path("total").asInt()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.path("items").get(0).path("sku").asString()).isEqualTo(FAILING_SKU);
        assertThat(failed.path("items").get(0).path("reason").asString()).contains("negative sales price");
        return failed.path("jobId").asString();
    }

    /** @return the retry job's id */
    private static String assertRetryCreatedTheRecord(ReadmeScript.Run run, String firstJob) {
        assertThat(run.command(RETRY, "wait_for $RETRY").output()).isEqualTo("SUCCESS");
        JsonNode items = run.command(RETRY, "$API/job/$RETRY/items\"").json();
        assertThat(items.path("total").asInt()).as(items.toString()).isEqualTo(1);
        JsonNode item = items.path("items").get(0);
        assertThat(item.path("sku").asString()).isEqualTo(FAILING_SKU);
        assertThat(item.path("outcome").asString()).as(item.toString()).isEqualTo("CREATED");
        assertThat(item.path("lucaId").isNumber()).as(item.toString()).isTrue();
        JsonNode retry = run.command(RETRY, "$API/job/$RETRY").json();
        assertThat(retry.path("retryOf").asString()).as(retry.toString()).isEqualTo(firstJob);
        return retry.path("jobId").asString();
    }

    private static void assertLastRunWroteNothing(ReadmeScript.Run run, int variants) {
        assertThat(run.command(RUN_AGAIN, "wait_for $AGAIN").output()).isEqualTo("SUCCESS");
        JsonNode job = run.command(RUN_AGAIN, "$API/job/$AGAIN").json();
        int records = job.path("counters").path("total").asInt();
        assertThat(records).as(job.toString()).isGreaterThan(variants);
        assertThat(job.path("outcomes").properties()).as(job.toString())
                .allSatisfy(outcome -> assertThat(outcome.getValue().asInt()).as(outcome.getKey())
                        .isEqualTo(outcome.getKey().equals("UNCHANGED") ? records : 0));
        JsonNode stats = run.command(RUN_AGAIN, "/_sim/stats").json();
        assertThat(stats.path("calls").path(CREATE).asInt()).as("one create per variant: %s", stats).isEqualTo(variants);
    }

    /** As the demo's Katana counts them: products' and materials' variants, each one Luca stock card. */
    private static int variantCount(int katanaPort) throws Exception {
        HttpResponse<String> summary = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + katanaPort + "/_sim/catalogue/summary")).build(),
                HttpResponse.BodyHandlers.ofString());
        return SyncApi.JSON.readTree(summary.body()).path("variants").asInt();
    }
}
