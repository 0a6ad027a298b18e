package io.katanaluca.sync.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.katanaluca.sync.customer.CustomerPreview;
import io.katanaluca.sync.luca.LucaSessionManager;
import io.katanaluca.sync.record.Action;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.run.JdbcRecordResultRepository;
import io.katanaluca.sync.run.JdbcSyncRunRepository;
import io.katanaluca.sync.product.ProductPreview;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.RecordResult;
import io.katanaluca.sync.run.RunScope;
import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncLauncher;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(controllers = {SyncController.class, SessionController.class, MappingPreviewController.class})
@Import(io.katanaluca.sync.system.SecurityConfiguration.class)
@TestPropertySource(properties = {"spring.security.user.name=admin", "spring.security.user.password=secret"})
class SyncControllerTests {

    private static final UUID JOB = UUID.fromString("0b6f7f64-2f0c-4b8e-9a56-1f4c3c3b1a11");

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private SyncLauncher launcher;
    @MockitoBean
    private JdbcSyncRunRepository runs;
    @MockitoBean
    private JdbcRecordResultRepository results;
    @MockitoBean
    private LucaSessionManager sessions;
    @MockitoBean
    private ProductPreview productPreview;
    @MockitoBean
    private CustomerPreview customerPreview;

    @Test
    void shouldStartARunAsABackgroundJobAndAnswer202WithItsStatusUrl() throws Exception {
        given(launcher.start(eq(SyncType.PRODUCT), eq(100), eq(false), eq("admin"), eq(RunScope.FULL))).willReturn(run(RunStatus.QUEUED));

        mvc.perform(authorized(post("/api/sync/start")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"syncType\":\"PRODUCT\",\"limit\":100,\"dryRun\":false}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/sync/job/" + JOB))
                .andExpect(jsonPath("$.jobId").value(JOB.toString()))
                .andExpect(jsonPath("$.statusUrl").value("/api/sync/job/" + JOB));
    }

    @Test
    void shouldRejectAnUnknownSyncTypeWithAProblemListingTheKnownOnes() throws Exception {
        mvc.perform(authorized(post("/api/sync/start")).contentType(MediaType.APPLICATION_JSON).content("{\"syncType\":\"INVOICE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("INVOICE")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("PRODUCT")));
        verifyNoInteractions(launcher);
    }

    @Test
    void shouldRejectANegativeLimit() throws Exception {
        mvc.perform(authorized(post("/api/sync/start")).contentType(MediaType.APPLICATION_JSON).content("{\"syncType\":\"PRODUCT\",\"limit\":-1}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("limit")));
    }

    @Test
    void shouldRejectMalformedJsonWithoutAStackTrace() throws Exception {
        mvc.perform(authorized(post("/api/sync/start")).contentType(MediaType.APPLICATION_JSON).content("{\"syncType\": PRODUCT"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not valid JSON")))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void shouldAnswer409WithTheRunningJobWhenATypeIsAlreadyRunning() throws Exception {
        given(launcher.start(any(), any(), anyBoolean(), any(), any())).willThrow(new SyncLauncher.RunAlreadyActiveException(run(RunStatus.RUNNING)));

        mvc.perform(authorized(post("/api/sync/start")).contentType(MediaType.APPLICATION_JSON).content("{\"syncType\":\"product\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.runningJobId").value(JOB.toString()));
    }

    @Test
    void shouldStartAnIncrementalRunWhenAskedAndRejectAnUnknownMode() throws Exception {
        given(launcher.start(eq(SyncType.PRODUCT), eq(null), eq(false), eq("admin"), eq(RunScope.incremental()))).willReturn(run(RunStatus.QUEUED));

        mvc.perform(authorized(post("/api/sync/start")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"syncType\":\"PRODUCT\",\"mode\":\"incremental\"}"))
                .andExpect(status().isAccepted());
        mvc.perform(authorized(post("/api/sync/start")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"syncType\":\"PRODUCT\",\"mode\":\"SOMETIMES\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("INCREMENTAL")));
    }

    @Test
    void shouldAnswer404ForAnUnknownJob() throws Exception {
        given(runs.findAllByJobId(any())).willReturn(List.of());

        mvc.perform(authorized(get("/api/sync/job/" + UUID.randomUUID()))).andExpect(status().isNotFound());
        mvc.perform(authorized(get("/api/sync/job/not-a-uuid"))).andExpect(status().isNotFound());
    }

    @Test
    void shouldShowProgressCountersAndFirstErrorsOfAJob() throws Exception {
        given(runs.findAllByJobId(JOB)).willReturn(List.of(run(RunStatus.RUNNING)));
        given(results.countOutcomesOfJob(JOB, 1)).willReturn(Map.of(RecordOutcome.CREATED, 30, RecordOutcome.FAILED, 2));
        given(results.findForJob(eq(JOB), eq(1), eq(RecordOutcome.FAILED), anyInt(), anyInt())).willReturn(List.of(failedRecord()));

        mvc.perform(authorized(get("/api/sync/job/" + JOB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.syncType").value("PRODUCT"))
                .andExpect(jsonPath("$.status").value("RUNNING"))
                .andExpect(jsonPath("$.progress.done").value(40))
                .andExpect(jsonPath("$.progress.total").value(100))
                .andExpect(jsonPath("$.counters.created").value(30))
                .andExpect(jsonPath("$.outcomes.FAILED").value(2))
                .andExpect(jsonPath("$.firstErrors[0].reason").value("no SKU"))
                .andExpect(jsonPath("$.parts.length()").value(1))
                .andExpect(jsonPath("$.itemsUrl").value("/api/sync/job/" + JOB + "/items"))
                .andExpect(jsonPath("$.recordsUrl").value("/api/sync/job/" + JOB + "/records"));
    }

    @Test
    void shouldReportAnAllJobAsOneJobWithAPartPerTypeAndSummedCounters() throws Exception {
        given(runs.findAllByJobId(JOB)).willReturn(List.of(run(SyncType.PRODUCT, RunStatus.SUCCESS), run(SyncType.MATERIAL, RunStatus.PARTIAL),
                run(SyncType.CUSTOMER, RunStatus.RUNNING)));

        mvc.perform(authorized(get("/api/sync/job/" + JOB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.syncType").value("ALL"))
                .andExpect(jsonPath("$.status").value("RUNNING"))
                .andExpect(jsonPath("$.counters.created").value(90))
                .andExpect(jsonPath("$.progress.total").value(300))
                .andExpect(jsonPath("$.parts[*].syncType").value(org.hamcrest.Matchers.contains("PRODUCT", "MATERIAL", "CUSTOMER")))
                .andExpect(jsonPath("$.parts[1].status").value("PARTIAL"))
                .andExpect(jsonPath("$.endedAt").doesNotExist());
    }

    @Test
    void shouldReportWhatADryRunPlannedAndClaimNoRecordSucceededCreatedOrUpdated() throws Exception {
        SyncRun dryRun = new SyncRun(7, JOB, SyncType.PRODUCT, RunStatus.PARTIAL, true, null, "admin", Instant.parse("2026-11-25T10:00:00Z"),
                Instant.parse("2026-11-25T10:00:01Z"), Instant.parse("2026-11-25T10:00:05Z"), new SyncRun.Counters(100, 100, 98, 2, 90, 5, 3),
                null);
        given(runs.findAllByJobId(JOB)).willReturn(List.of(dryRun));
        given(results.countActions(7)).willReturn(Map.of(Action.CREATE, 90, Action.UPDATE, 5,
                Action.UNCHANGED, 3, Action.INVALID, 2));

        mvc.perform(authorized(get("/api/sync/job/" + JOB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.counters.total").value(100))
                .andExpect(jsonPath("$.counters.processed").value(100))
                .andExpect(jsonPath("$.counters.succeeded").value(0))
                .andExpect(jsonPath("$.counters.created").value(0))
                .andExpect(jsonPath("$.counters.updated").value(0))
                .andExpect(jsonPath("$.counters.unchanged").value(0))
                .andExpect(jsonPath("$.counters.failed").value(2))
                .andExpect(jsonPath("$.planned.CREATE").value(90))
                .andExpect(jsonPath("$.planned.UPDATE").value(5))
                .andExpect(jsonPath("$.planned.UNCHANGED").value(3))
                .andExpect(jsonPath("$.planned.INVALID").value(2))
                .andExpect(jsonPath("$.progress.percent").value(100.0))
                .andExpect(jsonPath("$.parts[0].counters.succeeded").value(0))
                .andExpect(jsonPath("$.parts[0].counters.created").value(0))
                .andExpect(jsonPath("$.parts[0].planned.CREATE").value(90));
    }

    @Test
    void shouldShowARealRunsPlanBesideWhatItDid() throws Exception {
        given(runs.findAllByJobId(JOB)).willReturn(List.of(run(RunStatus.RUNNING)));
        given(results.countActions(7)).willReturn(Map.of(Action.CREATE, 90, Action.UPDATE, 8,
                Action.INVALID, 2));

        mvc.perform(authorized(get("/api/sync/job/" + JOB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counters.succeeded").value(38))
                .andExpect(jsonPath("$.counters.created").value(30))
                .andExpect(jsonPath("$.planned.CREATE").value(90))
                .andExpect(jsonPath("$.parts[0].planned.UPDATE").value(8));
    }

    @Test
    void shouldPageTheItemsOfAJobUnderBothNamesWithAnOutcomeFilter() throws Exception {
        given(runs.findAllByJobId(JOB)).willReturn(List.of(run(RunStatus.PARTIAL)));
        given(results.findForJob(JOB, 1, RecordOutcome.FAILED, 200, 100)).willReturn(List.of(failedRecord()));
        given(results.countForJob(JOB, 1, RecordOutcome.FAILED)).willReturn(201);

        for (String path : List.of("/items", "/records")) {
            mvc.perform(authorized(get("/api/sync/job/" + JOB + path + "?outcome=failed&page=2")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(201))
                    .andExpect(jsonPath("$.items[0].katanaId").value(101))
                    .andExpect(jsonPath("$.items[0].action").value("INVALID"))
                    .andExpect(jsonPath("$.items[0].syncType").value("PRODUCT"));
        }
    }

    @Test
    void shouldRejectAnUnknownOutcomeFilter() throws Exception {
        given(runs.findAllByJobId(JOB)).willReturn(List.of(run(RunStatus.PARTIAL)));

        mvc.perform(authorized(get("/api/sync/job/" + JOB + "/items?outcome=LOST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NOT_UPDATED")));
    }

    @Test
    void shouldShowTheLatestAttemptOfARetriedJobAndListEveryAttemptWithItsOwnCounters() throws Exception {
        SyncRun first = new SyncRun(7, JOB, SyncType.PRODUCT, RunStatus.PARTIAL, false, 100, "admin", Instant.parse("2026-11-25T10:00:00Z"),
                Instant.parse("2026-11-25T10:00:01Z"), Instant.parse("2026-11-25T10:05:00Z"), new SyncRun.Counters(418, 418, 414, 4, 414, 0, 0),
                null, 1);
        SyncRun second = new SyncRun(12, JOB, SyncType.PRODUCT, RunStatus.SUCCESS, false, 100, "admin", Instant.parse("2026-11-25T11:00:00Z"),
                Instant.parse("2026-11-25T11:00:01Z"), Instant.parse("2026-11-25T11:01:00Z"), new SyncRun.Counters(418, 418, 418, 0, 4, 0, 414),
                null, 2);
        given(runs.findAllByJobId(JOB)).willReturn(List.of(second));
        given(runs.findEveryAttempt(JOB)).willReturn(List.of(first, second));
        given(results.countOutcomesOfJob(JOB, 2)).willReturn(Map.of(RecordOutcome.CREATED, 4, RecordOutcome.UNCHANGED, 414));

        mvc.perform(authorized(get("/api/sync/job/" + JOB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUCCESS"))
                .andExpect(jsonPath("$.attempt").value(2))
                .andExpect(jsonPath("$.counters.created").value(4))
                .andExpect(jsonPath("$.outcomes.UNCHANGED").value(414))
                .andExpect(jsonPath("$.attempts.length()").value(2))
                .andExpect(jsonPath("$.attempts[0].attempt").value(1))
                .andExpect(jsonPath("$.attempts[0].status").value("PARTIAL"))
                .andExpect(jsonPath("$.attempts[0].counters.created").value(414))
                .andExpect(jsonPath("$.attempts[0].runIds[0]").value(7))
                .andExpect(jsonPath("$.attempts[0].itemsUrl").value("/api/sync/job/" + JOB + "/items?attempt=1"))
                .andExpect(jsonPath("$.attempts[1].status").value("SUCCESS"))
                .andExpect(jsonPath("$.attempts[1].runIds[0]").value(12));
    }

    @Test
    void shouldPageTheRecordsOfAnEarlierAttemptAndAnswer404ForAnAttemptTheJobNeverHad() throws Exception {
        SyncRun first = new SyncRun(7, JOB, SyncType.PRODUCT, RunStatus.PARTIAL, false, 100, "admin", Instant.parse("2026-11-25T10:00:00Z"),
                null, null, SyncRun.Counters.ZERO, null, 1);
        SyncRun second = new SyncRun(12, JOB, SyncType.PRODUCT, RunStatus.SUCCESS, false, 100, "admin", Instant.parse("2026-11-25T11:00:00Z"),
                null, null, SyncRun.Counters.ZERO, null, 2);
        given(runs.findAllByJobId(JOB)).willReturn(List.of(second));
        given(runs.findEveryAttempt(JOB)).willReturn(List.of(first, second));
        given(results.findForJob(JOB, 1, RecordOutcome.FAILED, 0, 100)).willReturn(List.of(failedRecord()));
        given(results.countForJob(JOB, 1, RecordOutcome.FAILED)).willReturn(4);

        mvc.perform(authorized(get("/api/sync/job/" + JOB + "/items?outcome=FAILED&attempt=1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attempt").value(1))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[0].reason").value("no SKU"));
        mvc.perform(authorized(get("/api/sync/job/" + JOB + "/items?outcome=FAILED")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attempt").value(2))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(authorized(get("/api/sync/job/" + JOB + "/items?attempt=3")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no attempt 3")));
    }

    @Test
    void shouldNameTheJobARetryFailedJobRetriesAndTheRetryFailedJobsStartedFromAJob() throws Exception {
        UUID source = UUID.fromString("2b6f7f64-2f0c-4b8e-9a56-1f4c3c3b1a13");
        UUID laterRetry = UUID.fromString("3b6f7f64-2f0c-4b8e-9a56-1f4c3c3b1a14");
        given(runs.findAllByJobId(JOB)).willReturn(List.of(run(RunStatus.PARTIAL)));
        given(runs.findRetriedJob(JOB)).willReturn(Optional.of(source));
        given(runs.findRetriesOf(JOB)).willReturn(List.of(laterRetry));

        mvc.perform(authorized(get("/api/sync/job/" + JOB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retryOf").value(source.toString()))
                .andExpect(jsonPath("$.retriedBy").value(org.hamcrest.Matchers.contains(laterRetry.toString())));
    }

    @Test
    void shouldStartARetryOfTheFailedRecordsAsANewJob() throws Exception {
        UUID retryJob = UUID.fromString("1b6f7f64-2f0c-4b8e-9a56-1f4c3c3b1a12");
        SyncRun retry = new SyncRun(8, retryJob, SyncType.PRODUCT, RunStatus.QUEUED, false, null, "admin", Instant.parse("2026-11-25T11:00:00Z"),
                null, null, SyncRun.Counters.ZERO, null);
        given(runs.findAllByJobId(JOB)).willReturn(List.of(run(RunStatus.PARTIAL)));
        given(runs.findAllByJobId(retryJob)).willReturn(List.of(retry));
        given(results.countToRetry(7L)).willReturn(2);
        given(launcher.retryFailed(eq(List.of(run(RunStatus.PARTIAL))), eq(false), eq("admin"))).willReturn(retry);

        mvc.perform(authorized(post("/api/sync/job/" + JOB + "/retry-failed")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.jobId").value(retryJob.toString()))
                .andExpect(jsonPath("$.retryOf").value(JOB.toString()))
                .andExpect(jsonPath("$.records").value(2));
    }

    @Test
    void shouldAnswer400WhenNothingFailedAnd409WhileTheJobRuns() throws Exception {
        given(runs.findAllByJobId(JOB)).willReturn(List.of(run(RunStatus.SUCCESS)));
        given(launcher.retryFailed(any(), anyBoolean(), any())).willThrow(new SyncLauncher.NothingToRetryException("Job has no failed records"))
                .willThrow(new SyncLauncher.RunAlreadyActiveException(run(RunStatus.RUNNING)));

        mvc.perform(authorized(post("/api/sync/job/" + JOB + "/retry-failed")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Job has no failed records"));
        mvc.perform(authorized(post("/api/sync/job/" + JOB + "/retry-failed")))
                .andExpect(status().isConflict());
    }

    @Test
    void shouldPreviewByExactlyOneOfSkuAndCustomerIdAndSay404WhenKatanaHasNeither() throws Exception {
        given(productPreview.parameter()).willReturn("sku");
        given(productPreview.preview("NONE")).willReturn(Optional.empty());
        given(productPreview.notFound("NONE")).willCallRealMethod();

        mvc.perform(authorized(get("/api/sync/mapping/preview")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(authorized(get("/api/sync/mapping/preview?sku=A&customerId=1"))).andExpect(status().isBadRequest());
        mvc.perform(authorized(get("/api/sync/mapping/preview?sku=NONE")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NONE")));
    }

    @Test
    void shouldAnswer502WithTheReasonWhenARemoteSystemFailsDuringAPreview() throws Exception {
        given(customerPreview.parameter()).willReturn("customerId");
        given(customerPreview.preview("5")).willThrow(RemoteCallException.transientFailure("Katana", "GET /customers page 1", "HTTP 503", null));

        mvc.perform(authorized(get("/api/sync/mapping/preview?customerId=5")))
                .andExpect(status().isBadGateway())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("HTTP 503")));
    }

    @Test
    void shouldRequireCredentials() throws Exception {
        mvc.perform(post("/api/sync/start").contentType(MediaType.APPLICATION_JSON).content("{\"syncType\":\"PRODUCT\"}"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(launcher);
    }

    private static MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("admin", "secret"));
    }

    private static SyncRun run(RunStatus status) {
        return run(SyncType.PRODUCT, status);
    }

    private static SyncRun run(SyncType type, RunStatus status) {
        return new SyncRun(7, JOB, type, status, false, 100, "admin", Instant.parse("2026-11-25T10:00:00Z"),
                Instant.parse("2026-11-25T10:00:01Z"), status.isActive() ? null : Instant.parse("2026-11-25T10:01:00Z"),
                new SyncRun.Counters(100, 40, 38, 2, 30, 8, 0), null);
    }

    private static RecordResult failedRecord() {
        return new RecordResult(1, 101, 1L, null, null, Action.INVALID, RecordOutcome.FAILED, "no SKU", null, null,
                SyncType.PRODUCT, List.of());
    }
}
