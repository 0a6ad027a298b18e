package io.katanaluca.sync.dashboard;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.katanaluca.sync.run.JdbcSyncRunRepository;
import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncLauncher;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncType;
import io.katanaluca.sync.system.SecurityConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(controllers = {SyncDashboardController.class, DashboardFiguresController.class})
@Import({SecurityConfiguration.class, JobActions.class, SyncDashboardControllerTests.FixedClock.class})
@TestPropertySource(properties = {"spring.security.user.name=admin", "spring.security.user.password=secret"})
class SyncDashboardControllerTests {

    private static final UUID JOB = UUID.fromString("0b6f7f64-2f0c-4b8e-9a56-1f4c3c3b1a11");
    private static final Instant NOW = Instant.parse("2025-12-07T19:00:00Z");

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private JdbcSyncRunRepository runs;
    @MockitoBean
    private SyncLauncher launcher;
    @MockitoBean
    private JobRunrQueue queue;
    @MockitoBean
    private DashboardFigures figures;

    @Test
    void shouldListJobsNewestFirstWithTheirQueueStateFilteredByStateAndType() throws Exception {
        given(runs.count(SyncType.PRODUCT, EnumSet.of(RunStatus.SUCCESS, RunStatus.PARTIAL))).willReturn(41);
        given(runs.find(SyncType.PRODUCT, EnumSet.of(RunStatus.SUCCESS, RunStatus.PARTIAL), 20, 10)).willReturn(List.of(run(RunStatus.PARTIAL)));

        mvc.perform(authorized(get("/api/sync/dashboard/jobs?state=succeeded&syncType=product&page=2&size=10")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(41))
                .andExpect(jsonPath("$.jobs[0].jobId").value(JOB.toString()))
                .andExpect(jsonPath("$.jobs[0].state").value("SUCCEEDED"))
                .andExpect(jsonPath("$.jobs[0].status").value("PARTIAL"))
                .andExpect(jsonPath("$.jobs[0].durationMs").value(60_000));
    }

    @Test
    void shouldFindNoScheduledJobsWithoutAskingTheDatabase() throws Exception {
        mvc.perform(authorized(get("/api/sync/dashboard/jobs?state=SCHEDULED")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.jobs").isEmpty());
        then(runs).should(never()).find(any(), any(), anyInt(), anyInt());
    }

    @Test
    void shouldRejectAnUnknownStateOrPageSizeWithAProblem() throws Exception {
        mvc.perform(authorized(get("/api/sync/dashboard/jobs?state=done")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("ENQUEUED, PROCESSING, SUCCEEDED, FAILED, SCHEDULED")));
        mvc.perform(authorized(get("/api/sync/dashboard/jobs?size=1000"))).andExpect(status().isBadRequest());
    }

    @Test
    void shouldAnswer404ForAnUnknownOrMalformedJobId() throws Exception {
        given(runs.findAllByJobId(any())).willReturn(List.of());

        mvc.perform(authorized(get("/api/sync/dashboard/jobs/" + UUID.randomUUID()))).andExpect(status().isNotFound());
        mvc.perform(authorized(post("/api/sync/dashboard/jobs/not-a-uuid/retry"))).andExpect(status().isNotFound());
        mvc.perform(authorized(delete("/api/sync/dashboard/jobs/" + UUID.randomUUID()))).andExpect(status().isNotFound());
    }

    @Test
    void shouldRequeueAFailedJobAndSaySo() throws Exception {
        given(runs.findAllByJobId(JOB)).willReturn(List.of(run(RunStatus.FAILED)));
        given(launcher.retry(any())).willReturn(List.of(run(RunStatus.QUEUED)));

        mvc.perform(authorized(post("/api/sync/dashboard/jobs/" + JOB + "/retry")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.message").value("Job requeued successfully"))
                .andExpect(jsonPath("$.jobId").value(JOB.toString()));
    }

    @Test
    void shouldRefuseToRetryARunningOrSucceededJobWith409AndAReason() throws Exception {
        given(runs.findAllByJobId(JOB)).willReturn(List.of(run(RunStatus.RUNNING))).willReturn(List.of(run(RunStatus.SUCCESS)));

        mvc.perform(authorized(post("/api/sync/dashboard/jobs/" + JOB + "/retry")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("is running")));
        mvc.perform(authorized(post("/api/sync/dashboard/jobs/" + JOB + "/retry")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("nothing to retry")));
        then(launcher).should(never()).retry(any());
    }

    @Test
    void shouldShowAJobsLatestAttemptWithEveryAttemptAndTheRetryFailedJobsLinkedToIt() throws Exception {
        UUID source = UUID.fromString("2b6f7f64-2f0c-4b8e-9a56-1f4c3c3b1a13");
        UUID laterRetry = UUID.fromString("3b6f7f64-2f0c-4b8e-9a56-1f4c3c3b1a14");
        SyncRun first = run(RunStatus.PARTIAL);
        SyncRun second = new SyncRun(12, JOB, SyncType.PRODUCT, RunStatus.FAILED, false, null, "admin", NOW.minusSeconds(50),
                NOW.minusSeconds(40), NOW.minusSeconds(30), new SyncRun.Counters(4, 4, 0, 4, 0, 0, 0), "Luca is down", 2);
        given(runs.findAllByJobId(JOB)).willReturn(List.of(second));
        given(runs.findEveryAttempt(JOB)).willReturn(List.of(first, second));
        given(runs.findRetriedJob(JOB)).willReturn(Optional.of(source));
        given(runs.findRetriesOf(JOB)).willReturn(List.of(laterRetry));

        mvc.perform(authorized(get("/api/sync/dashboard/jobs/" + JOB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.attempt").value(2))
                .andExpect(jsonPath("$.runs[0].attempt").value(2))
                .andExpect(jsonPath("$.attempts[*].attempt").value(Matchers.contains(1, 2)))
                .andExpect(jsonPath("$.attempts[0].status").value("PARTIAL"))
                .andExpect(jsonPath("$.attempts[0].counters.created").value(6))
                .andExpect(jsonPath("$.retryOf").value(source.toString()))
                .andExpect(jsonPath("$.retriedBy").value(Matchers.contains(laterRetry.toString())));
    }

    @Test
    void shouldDeleteAJobThatIsNotRunningFromTheQueueAndTheLogWithEveryAttempt() throws Exception {
        given(runs.findAllByJobId(JOB)).willReturn(List.of(run(RunStatus.QUEUED)));
        given(queue.deleteUnlessProcessing(JOB)).willReturn(true);

        mvc.perform(authorized(delete("/api/sync/dashboard/jobs/" + JOB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Job deleted successfully"));
        then(runs).should().deleteJob(JOB);
    }

    @Test
    void shouldRefuseToDeleteARunningJobOrOneAServerJustTook() throws Exception {
        given(runs.findAllByJobId(JOB)).willReturn(List.of(run(RunStatus.RUNNING))).willReturn(List.of(run(RunStatus.QUEUED)));
        given(queue.deleteUnlessProcessing(JOB)).willReturn(false);

        mvc.perform(authorized(delete("/api/sync/dashboard/jobs/" + JOB))).andExpect(status().isConflict());
        mvc.perform(authorized(delete("/api/sync/dashboard/jobs/" + JOB)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Job is running"));
        then(runs).should(never()).delete(anyLong());
        then(runs).should(never()).deleteJob(any());
    }

    @Test
    void shouldRejectASummaryDateThatIsNotIso() throws Exception {
        mvc.perform(authorized(get("/api/sync/dashboard/summary?date=07.12.2025"))).andExpect(status().isBadRequest());
    }

    @Test
    void shouldNeedTheApiCredentials() throws Exception {
        mvc.perform(get("/api/sync/dashboard/jobs")).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldShowADryRunInTheJobListAndDetailAsTheJobReplyDoesWithNothingSucceededCreatedOrUpdated() throws Exception {
        SyncRun dryRun = new SyncRun(7, JOB, SyncType.PRODUCT, RunStatus.SUCCESS, true, null, "admin", NOW.minusSeconds(125),
                NOW.minusSeconds(120), NOW.minusSeconds(60), new SyncRun.Counters(10, 10, 10, 0, 8, 2, 0), null);
        given(runs.count(null, Set.of())).willReturn(1);
        given(runs.find(null, Set.of(), 0, 20)).willReturn(List.of(dryRun));
        given(runs.findAllByJobId(JOB)).willReturn(List.of(dryRun));

        mvc.perform(authorized(get("/api/sync/dashboard/jobs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jobs[0].dryRun").value(true))
                .andExpect(jsonPath("$.jobs[0].counters.total").value(10))
                .andExpect(jsonPath("$.jobs[0].counters.succeeded").value(0))
                .andExpect(jsonPath("$.jobs[0].counters.created").value(0))
                .andExpect(jsonPath("$.jobs[0].counters.updated").value(0));
        mvc.perform(authorized(get("/api/sync/dashboard/jobs/" + JOB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counters.processed").value(10))
                .andExpect(jsonPath("$.counters.succeeded").value(0))
                .andExpect(jsonPath("$.counters.created").value(0));
    }

    private static SyncRun run(RunStatus status) {
        Instant end = status.isActive() ? null : NOW.minusSeconds(60);
        return new SyncRun(7, JOB, SyncType.PRODUCT, status, false, null, "admin", NOW.minusSeconds(125), NOW.minusSeconds(120), end,
                new SyncRun.Counters(10, 10, 6, 4, 6, 0, 0), null);
    }

    private static MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("admin", "secret"));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
