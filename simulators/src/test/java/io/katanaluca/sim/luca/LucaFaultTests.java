package io.katanaluca.sim.luca;

import static io.katanaluca.sim.luca.CustomerBodies.aCustomer;
import static io.katanaluca.sim.luca.InvoiceBodies.anInvoice;
import static io.katanaluca.sim.luca.StockCardBodies.aStockCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.katanaluca.sim.http.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LucaFaultTests {

    private LucaSimulator luca;
    private LucaClient client;

    @BeforeEach
    void start() {
        luca = LucaSimulator.start(LucaSimulatorConfig.defaults());
        client = LucaClient.ready(luca);
    }

    @AfterEach
    void stop() {
        luca.close();
    }

    @Test
    void shouldAnswerInjectedFailuresWithHttp500HtmlPage() {
        // given
        luca.faults().failNextCalls(1);

        // when
        HttpResponse<String> failed = client.post("ListeleGnlOlcumBirimi.do", "{}");
        HttpResponse<String> next = client.post("ListeleGnlOlcumBirimi.do", "{}");

        // then
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
        assertThat(next.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldFailEveryCallAtFailureRateOne() {
        // given
        luca.faults().setFailureRate5xx(1.0);

        // when
        List<Integer> statuses = IntStream.range(0, 5)
                .mapToObj(i -> client.post("ListeleGnlOlcumBirimi.do", "{}").statusCode()).toList();

        // then
        assertThat(statuses).containsOnly(500);
    }

    @Test
    void shouldAnswerHtmlErrorPageWithHttp200() {
        // given
        luca.faults().setHtmlErrorRate(1.0);

        // when
        HttpResponse<String> response = client.post("EkleStkWsSkart.do", StockCardBodies.aStockCard().json());

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Beklenmedik bir hata oluştu");
        assertThat(luca.stockCardCount()).isZero();
    }

    @Test
    void shouldMeasurePeakConcurrencyWhileLatencyKeepsCallsInFlight() {
        // given
        List<LucaClient> clients = IntStream.range(0, 6).mapToObj(i -> LucaClient.ready(luca)).toList();
        luca.faults().setLatency(Duration.ofMillis(300));

        // when
        List<CompletableFuture<HttpResponse<String>>> calls = clients.stream()
                .map(c -> c.postAsync("ListeleGnlOlcumBirimi.do", "{}")).toList();
        calls.forEach(CompletableFuture::join);

        // then
        assertThat(luca.peakConcurrency()).isBetween(2, 6);
        assertThat(luca.callCount("ListeleGnlOlcumBirimi.do")).isEqualTo(6);
    }

    @Test
    void shouldAnswer503WhenMoreCallsThanAllowedAreInFlight() {
        // given
        List<LucaClient> clients = IntStream.range(0, 6).mapToObj(i -> LucaClient.ready(luca)).toList();
        luca.faults().setLatency(Duration.ofMillis(500)).setMaxConcurrent(2);

        // when
        List<Integer> statuses = clients.stream()
                .map(c -> c.postAsync("ListeleGnlOlcumBirimi.do", "{}")).toList()
                .stream().map(f -> f.join().statusCode()).toList();

        // then
        assertThat(statuses).contains(503).filteredOn(s -> s == 200).hasSizeBetween(1, 4);
        assertThat(statuses).containsOnly(200, 503);
    }

    @Test
    void shouldAddADifferentShareOfTheJitterToEachCall() {
        // given
        luca.faults().setLatency(Duration.ofMillis(20)).setLatencyJitter(Duration.ofMillis(200));

        // when
        List<Long> millis = IntStream.range(0, 12).mapToObj(i -> timed(() -> client.post("ListeleGnlOlcumBirimi.do", "{}"))).toList();

        // then
        assertThat(millis).allSatisfy(ms -> assertThat(ms).isBetween(20L, 20L + 200 + 400));
        assertThat(millis.stream().mapToLong(Long::longValue).max().orElseThrow()
                - millis.stream().mapToLong(Long::longValue).min().orElseThrow()).as("spread of %s", millis).isGreaterThan(60);
    }

    @Test
    void shouldRejectInvalidKnobValues() {
        // then
        assertThatThrownBy(() -> luca.faults().setFailureRate5xx(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> luca.faults().setMaxConcurrent(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> luca.faults().setLatencyJitter(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> luca.faults().setSessionExpiryInterval(Duration.ofSeconds(-10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRestoreConfiguredFaultsOnReset() {
        // given
        luca.faults().setHtmlErrorRate(1.0).failNextCalls(3);

        // when
        luca.reset();

        // then
        assertThat(luca.faults().htmlErrorRate()).isZero();
        LucaClient fresh = LucaClient.ready(luca);
        assertThat(fresh.post("ListeleGnlOlcumBirimi.do", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldStoreTheInvoiceButCloseTheConnectionUnansweredOnALostReply() {
        // given
        client.post("EkleFinMusteriWS.do", aCustomer().json());
        client.post("EkleStkWsSkart.do", aStockCard().json());
        luca.faults().loseNextReplies(1);

        // when
        Throwable lost = catchThrowable(() -> client.post("EkleFtrWsFaturaBaslik.do", anInvoice().json()));
        JsonNode next = client.postJson("EkleFtrWsFaturaBaslik.do", anInvoice().with("belgeTakipNo", "KATANA-SO-2").json());
        JsonNode listed = client.postJson("ListeleFtrSsFaturaBaslik.do",
                "{\"ftrSsFaturaBaslik\":{\"gnlOrgSsBelge\":{\"belgeTakipNoBas\":\"KATANA-SO-1\",\"belgeTakipNoBit\":\"KATANA-SO-1\"}}}");

        // then
        assertThat(lost).isInstanceOf(AssertionError.class).hasCauseInstanceOf(IOException.class);
        assertThat(luca.invoiceByTrackingNo("KATANA-SO-1")).hasValueSatisfying(invoice -> assertThat(invoice.belgeNo()).isEqualTo("1"));
        assertThat(listed.path("list")).singleElement().satisfies(item -> assertThat(item.path("belgeNo").asString()).isEqualTo("1"));
        assertThat(next.path("belgeNo").asString()).isEqualTo("2");
        assertThat(luca.lostReplyCount()).isEqualTo(1);
        assertThat(Json.parse(client.admin("GET", "/_sim/stats", null).body()).path("lostReplies").asLong()).isEqualTo(1);
    }

    @Test
    void shouldKeepTheRepliesOfReadsAndOfWritesRefusedBeforeTheyRan() {
        // given
        LucaClient anonymous = new LucaClient(luca);
        client.admin("PUT", "/_sim/faults", "{\"loseNextReplies\":1}");

        // when
        HttpResponse<String> read = client.post("ListeleStkSkart.do", "{}");
        JsonNode refused = anonymous.postJson("EkleStkWsSkart.do", aStockCard().json());
        Throwable lost = catchThrowable(() -> client.post("EkleStkWsSkart.do", aStockCard().json()));
        HttpResponse<String> afterTheShot = client.post("EkleStkWsSkart.do", aStockCard().with("kartKodu", "TR-2").json());

        // then
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(refused.path("code").asInt()).isEqualTo(1001);
        assertThat(lost).hasCauseInstanceOf(IOException.class);
        assertThat(afterTheShot.body()).contains("\"error\":false");
        assertThat(luca.stockCardCount()).isEqualTo(2);
        assertThat(luca.lostReplyCount()).isEqualTo(1);
    }

    @Test
    void shouldLoseTheReplyOfEveryWriteAtRateOneSetThroughTheAdminEndpoint() {
        // given
        client.admin("PUT", "/_sim/faults", "{\"lostReplyRate\":1.0}");

        // when
        List<Throwable> writes = IntStream.range(0, 3).mapToObj(i -> catchThrowable(
                () -> client.post("EkleStkWsSkart.do", aStockCard().with("kartKodu", "TR-" + i).json()))).toList();
        Throwable delete = catchThrowable(() -> client.post("SilStkSkart.do", "{\"skartId\":79409}"));
        JsonNode read = client.listAll("{}");

        // then
        assertThat(writes).allSatisfy(lost -> assertThat(lost).hasCauseInstanceOf(IOException.class));
        assertThat(delete).hasCauseInstanceOf(IOException.class);
        assertThat(read.path("list").valueStream().map(card -> card.path("kod").asString())).containsExactly("TR-1", "TR-2");
        assertThat(luca.lostReplyCount()).isEqualTo(4);
        assertThat(Json.parse(client.admin("GET", "/_sim/faults", null).body()).path("lostReplyRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void shouldLoseOnlySomeRepliesAtAPartialRate() {
        // given
        luca.faults().setLostReplyRate(0.5);

        // when
        long lost = IntStream.range(0, 20).mapToObj(i -> catchThrowable(
                () -> client.post("EkleStkWsSkart.do", aStockCard().with("kartKodu", "TR-" + i).json())))
                .filter(failure -> failure != null).count();

        // then
        assertThat(lost).isBetween(1L, 19L).isEqualTo(luca.lostReplyCount());
        assertThat(luca.stockCardCount()).isEqualTo(20);
    }

    @Test
    void shouldStartWithTheConfiguredLostReplyRateAndRefuseAnInvalidOne() {
        try (LucaSimulator configured = LucaSimulator.start(LucaSimulatorConfig.defaults().withLostReplyRate(0.25))) {
            // when
            configured.faults().setLostReplyRate(1.0);
            configured.reset();

            // then
            assertThat(configured.faults().lostReplyRate()).isEqualTo(0.25);
            assertThatThrownBy(() -> configured.faults().setLostReplyRate(1.5)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> LucaSimulatorConfig.defaults().withLostReplyRate(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldLoseRepliesOnlyOfTheNamedWriteActions() {
        // given
        client.post("EkleFinMusteriWS.do", aCustomer().json());
        luca.faults().setLostReplyRate(1.0).setLostReplyActions(Set.of("EkleFtrWsFaturaBaslik.do"));

        // when
        HttpResponse<String> card = client.post("EkleStkWsSkart.do", aStockCard().json());
        HttpResponse<String> branch = client.post("GuncelleYtkSirketSubeDegistir.do", "{\"orgSirketSubeId\":11746}");
        Throwable invoice = catchThrowable(() -> client.post("EkleFtrWsFaturaBaslik.do", anInvoice().json()));
        luca.faults().setLostReplyRate(0).setLostReplyActions(Set.of("EkleFtrWsFaturaBaslik.do")).loseNextReplies(1);
        HttpResponse<String> secondCard = client.post("EkleStkWsSkart.do", aStockCard().with("kartKodu", "TR-2").json());
        Throwable secondInvoice = catchThrowable(() -> client.post("EkleFtrWsFaturaBaslik.do", anInvoice().with("belgeTakipNo", "KATANA-SO-2").json()));

        // then
        assertThat(card.body()).contains("\"error\":false");
        assertThat(branch.statusCode()).isEqualTo(200);
        assertThat(invoice).hasCauseInstanceOf(IOException.class);
        assertThat(secondCard.body()).as("an action outside the list uses no one-shot").contains("\"error\":false");
        assertThat(secondInvoice).hasCauseInstanceOf(IOException.class);
        assertThat(luca.invoiceCount()).isEqualTo(2);
        assertThat(luca.lostReplyCount()).isEqualTo(2);
        assertThat(Json.parse(client.admin("GET", "/_sim/faults", null).body()).path("lostReplyActions").toString())
                .isEqualTo("[\"EkleFtrWsFaturaBaslik.do\"]");
        luca.reset();
        assertThat(luca.faults().lostReplyActions()).isEmpty();
    }

    @Test
    void shouldSetTheLostReplyActionsThroughTheAdminEndpointAndRefuseANonArray() {
        // when
        HttpResponse<String> set = client.admin("PUT", "/_sim/faults", "{\"lostReplyActions\":[\"EkleStkWsSkart.do\",\"SilStkSkart.do\"]}");
        HttpResponse<String> refused = client.admin("PUT", "/_sim/faults", "{\"lostReplyActions\":\"EkleStkWsSkart.do\"}");

        // then
        assertThat(set.statusCode()).isLessThan(300);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(luca.faults().lostReplyActions()).containsExactlyInAnyOrder("EkleStkWsSkart.do", "SilStkSkart.do");
    }

    @Test
    void shouldCountTheInjectedServerErrorsAndHtmlErrorPages() {
        // given
        luca.faults().failNextCalls(3).htmlErrorOnNextCalls(2);

        // when
        List<Integer> statuses = IntStream.range(0, 6).mapToObj(i -> client.post("ListeleGnlOlcumBirimi.do", "{}").statusCode()).toList();
        JsonNode stats = Json.parse(client.admin("GET", "/_sim/stats", null).body());

        // then
        assertThat(statuses).containsExactly(500, 500, 500, 200, 200, 200);
        assertThat(luca.serverErrorCount()).isEqualTo(3);
        assertThat(luca.htmlErrorCount()).isEqualTo(2);
        assertThat(stats.path("serverErrors").asLong()).isEqualTo(3);
        assertThat(stats.path("htmlErrors").asLong()).isEqualTo(2);
        luca.reset();
        assertThat(luca.serverErrorCount() + luca.htmlErrorCount()).isZero();
    }

    private static long timed(Runnable call) {
        long started = System.nanoTime();
        call.run();
        return (System.nanoTime() - started) / 1_000_000;
    }
}
