package io.katanaluca.sync.luca;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_ONE;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_THREE;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_TWO;
import static io.katanaluca.sync.luca.FakeLuca.called;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.katanaluca.sync.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LucaSessionConcurrencyTest {

    @RegisterExtension
    static WireMockExtension wm = FakeLuca.server();

    private static final int CALLERS = 50;

    private final FakeLuca luca = new FakeLuca(wm);

    @Test
    void shouldLogInOnceWhenFiftyConcurrentCallsSeeTheSessionExpire() throws Exception {
        // given: a session that Luca has dropped; the expired reply is slow, so all callers send with it
        luca.acceptsLoginsIssuing(SESSION_ONE, SESSION_TWO, SESSION_THREE);
        luca.answers("ListeleStkSkart.do", SESSION_ONE, okJson("{\"code\":1001,\"message\":\"Login olunmalı.\"}").withFixedDelay(300));
        luca.answers("ListeleStkSkart.do", SESSION_TWO, okJson("{\"list\":[{\"skartId\":\"7\",\"kartKodu\":\"SKU-7\",\"tanim\":\"Somun\"}]}"));
        FakeLuca.Wiring wiring = luca.wire(luca.props(), new MutableClock(Instant.parse("2025-12-07T19:00:00Z")));
        wiring.sessions().activeSession();

        // when
        List<List<LucaStockCard>> results = listConcurrently(wiring.client());

        // then
        assertThat(results).hasSize(CALLERS).allSatisfy(cards -> assertThat(cards).containsExactly(new LucaStockCard(7, "SKU-7", "Somun")));
        luca.verifyLogins(2);
        luca.verify(CALLERS, called("ListeleStkSkart.do").withCookie("JSESSIONID", equalTo(SESSION_ONE)));
        luca.verify(CALLERS, called("ListeleStkSkart.do").withCookie("JSESSIONID", equalTo(SESSION_TWO)));
        assertThat(wiring.sessions().loginCount()).isEqualTo(2);
        assertThat(wiring.sessions().stats().refreshCount()).isEqualTo(1);
    }

    private static List<List<LucaStockCard>> listConcurrently(LucaClient client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch startGate = new CountDownLatch(1);
            List<Future<List<LucaStockCard>>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                futures.add(pool.submit(() -> {
                    startGate.await();
                    return client.listStockCards();
                }));
            }
            startGate.countDown();
            List<List<LucaStockCard>> results = new ArrayList<>();
            for (Future<List<LucaStockCard>> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
