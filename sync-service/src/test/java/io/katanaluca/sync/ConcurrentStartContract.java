package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Fifty {@code POST /api/sync/start} of one type at the same moment start exactly one run: one
 * answer 202, the other 49 answer 409 naming its job, and the operation log has one row. Run
 * against each database the service supports. JobRunr's background job server is off, so the
 * run stays QUEUED while the requests arrive (a run that ended meanwhile would rightly let a
 * later start through); Katana and Luca are never called.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.user.password=" + ServiceApi.PASSWORD,
        "jobrunr.dashboard.enabled=false",
        "jobrunr.background-job-server.enabled=false",
        "katana.base-url=http://127.0.0.1:9/v1",
        "katana.api-key=unused",
        "luca.base-url=http://127.0.0.1:9/Yetki",
        "luca.org-code=1234",
        "luca.username=unused",
        "luca.password=unused"})
abstract class ConcurrentStartContract {

    private static final int STARTS = 50;

    @LocalServerPort
    private int port;

    @Test
    void shouldStartExactlyOneRunOfFiftyConcurrentStartsAndAnswerTheOthersWithItsId() throws Exception {
        List<HttpResponse<String>> answers = startAllAtOnce("{\"syncType\":\"PRODUCT\"}");

        List<HttpResponse<String>> accepted = answers.stream().filter(answer -> answer.statusCode() == 202).toList();
        assertThat(accepted).as("answers: %s", answers.stream().map(HttpResponse::statusCode).toList()).hasSize(1);
        String jobId = SyncApi.json(accepted.get(0)).path("jobId").asString();
        assertThat(answers).filteredOn(answer -> answer.statusCode() != 202).hasSize(STARTS - 1).allSatisfy(refused -> {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(SyncApi.json(refused).path("runningJobId").asString()).isEqualTo(jobId);
        });
        JsonNode log = api().getJson("/api/sync/dashboard/jobs?syncType=PRODUCT&size=100");
        assertThat(log.path("total").asInt()).isEqualTo(1);
        assertThat(log.path("jobs").get(0).path("jobId").asString()).isEqualTo(jobId);
    }

    /** Each request waits at the gate on a thread of its own until all are ready, then all go together. */
    private List<HttpResponse<String>> startAllAtOnce(String body) throws Exception {
        SyncApi api = api();
        CountDownLatch ready = new CountDownLatch(STARTS);
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(STARTS);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < STARTS; i++) {
                sent.add(threads.submit(() -> {
                    ready.countDown();
                    gate.await();
                    return api.post("/api/sync/start", body);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            gate.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private SyncApi api() {
        return new SyncApi(port, "admin", ServiceApi.PASSWORD);
    }
}
