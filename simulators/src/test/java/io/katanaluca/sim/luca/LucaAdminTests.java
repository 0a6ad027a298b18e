package io.katanaluca.sim.luca;

import static io.katanaluca.sim.luca.StockCardBodies.aStockCard;
import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sim.http.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LucaAdminTests {

    private LucaSimulator luca;
    private LucaClient client;

    @BeforeEach
    void start() {
        luca = LucaSimulator.start(LucaSimulatorConfig.defaults());
        client = LucaClient.ready(luca);
        client.post("EkleStkWsSkart.do", aStockCard().with("kartAdi", "Döşeme Ø×½").json());
    }

    @AfterEach
    void stop() {
        luca.close();
    }

    @Test
    void shouldListStoredCardsWithTheReceivedJson() {
        // when
        JsonNode cards = Json.parse(client.admin("GET", "/_sim/stock-cards", null).body());

        // then
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).path("skartId").asLong()).isEqualTo(79409);
        assertThat(cards.get(0).path("kartKodu").asString()).isEqualTo("TR-000001-1");
        assertThat(cards.get(0).path("received").path("kartAdi").asString()).isEqualTo("Döşeme Ø×½");
        assertThat(cards.get(0).path("updateCount").asInt()).isZero();
    }

    @Test
    void shouldReportStatsWithoutCountingAdminCalls() {
        // when
        JsonNode stats = Json.parse(client.admin("GET", "/_sim/stats", null).body());

        // then
        assertThat(stats.path("logins").asLong()).isEqualTo(1);
        assertThat(stats.path("calls").path("Giris.do").asLong()).isEqualTo(1);
        assertThat(stats.path("calls").path("GuncelleYtkSirketSubeDegistir.do").asLong()).isEqualTo(1);
        assertThat(stats.path("calls").path("EkleStkWsSkart.do").asLong()).isEqualTo(1);
        assertThat(stats.path("peakConcurrency").asInt()).isEqualTo(1);
        assertThat(stats.path("stockCards").asInt()).isEqualTo(1);
        assertThat(luca.callCounts()).hasSize(3);
    }

    @Test
    void shouldResetEverything() {
        // when
        HttpResponse<String> response = client.admin("POST", "/_sim/reset", null);

        // then
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(luca.stockCards()).isEmpty();
        assertThat(luca.loginCount()).isZero();
        assertThat(luca.callCounts()).isEmpty();
        assertThat(client.postJson("ListeleStkSkart.do", "{}").path("code").asInt()).isEqualTo(1001);
    }

    @Test
    void shouldExpireSessions() {
        // when
        client.admin("POST", "/_sim/expire-sessions", null);

        // then
        assertThat(client.postJson("ListeleStkSkart.do", "{}").path("code").asInt()).isEqualTo(1001);
        assertThat(luca.stockCardCount()).isEqualTo(1);
        assertThat(Json.parse(client.admin("GET", "/_sim/stats", null).body()).path("sessionExpiries").asLong()).isEqualTo(1);
    }

    @Test
    void shouldChangeFaultsAtRunTime() {
        // when
        HttpResponse<String> response = client.admin("PUT", "/_sim/faults",
                "{\"latencyMs\":5,\"latencyJitterMs\":7,\"sessionExpiryIntervalMs\":10000,\"htmlErrorRate\":1.0,\"maxConcurrent\":3}");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(luca.faults().latency()).isEqualTo(Duration.ofMillis(5));
        assertThat(luca.faults().maxConcurrent()).isEqualTo(3);
        assertThat(luca.faults().latencyJitter()).isEqualTo(Duration.ofMillis(7));
        assertThat(luca.faults().sessionExpiryInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(client.post("ListeleStkSkart.do", "{}").body()).contains("Beklenmedik bir hata oluştu");
        assertThat(Json.parse(response.body()).path("htmlErrorRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void shouldRefuseInvalidFaultValuesWith400() {
        // when
        HttpResponse<String> response = client.admin("PUT", "/_sim/faults", "{\"failureRate5xx\":7}");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(luca.faults().failureRate5xx()).isZero();
    }
}
