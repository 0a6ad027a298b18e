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

import io.katanaluca.sync.luca.LucaSessionManager;
import io.katanaluca.sync.run.JdbcRecordResultRepository;
import io.katanaluca.sync.run.JdbcSyncRunRepository;
import io.katanaluca.sync.run.RunScope;
import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncLauncher;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncType;
import java.time.Instant;
import java.util.List;
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

@WebMvcTest(controllers = {SyncController.class, SessionController.class})
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
        given(runs.findByJobId(any())).willReturn(Optional.empty());

        mvc.perform(authorized(get("/api/sync/job/" + UUID.randomUUID()))).andExpect(status().isNotFound());
        mvc.perform(authorized(get("/api/sync/job/not-a-uuid"))).andExpect(status().isNotFound());
    }

    @Test
    void shouldShowProgressCountersAndFirstErrorsOfAJob() throws Exception {
        given(runs.findByJobId(JOB)).willReturn(Optional.of(run(RunStatus.RUNNING)));
        given(results.find(eq(7L), any(), anyInt(), anyInt())).willReturn(List.of());

        mvc.perform(authorized(get("/api/sync/job/" + JOB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RUNNING"))
                .andExpect(jsonPath("$.progress.done").value(40))
                .andExpect(jsonPath("$.progress.total").value(100))
                .andExpect(jsonPath("$.counters.created").value(30))
                .andExpect(jsonPath("$.recordsUrl").value("/api/sync/job/" + JOB + "/records"));
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
        return new SyncRun(7, JOB, SyncType.PRODUCT, status, false, 100, "admin", Instant.parse("2026-11-25T10:00:00Z"),
                Instant.parse("2026-11-25T10:00:01Z"), null, new SyncRun.Counters(100, 40, 38, 2, 30, 8, 0), null);
    }
}
