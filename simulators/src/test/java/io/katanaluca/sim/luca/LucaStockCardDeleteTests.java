package io.katanaluca.sim.luca;

import static io.katanaluca.sim.luca.StockCardBodies.aStockCard;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LucaStockCardDeleteTests {

    private LucaSimulator luca;
    private LucaClient client;

    @BeforeEach
    void start() {
        luca = LucaSimulator.start(LucaSimulatorConfig.defaults());
        client = LucaClient.ready(luca);
        client.post("EkleStkWsSkart.do", aStockCard().json());
        client.post("EkleStkWsSkart.do", aStockCard().with("kartKodu", "TR-000002-1").json());
    }

    @AfterEach
    void stop() {
        luca.close();
    }

    @Test
    void shouldDeleteTheCardAndFreeItsCode() {
        // when
        JsonNode reply = client.postJson("SilStkSkart.do", "{\"skartId\":79409}");

        // then
        assertThat(reply.toString()).isEqualTo("{\"error\":false,\"message\":\"Stok kartı silindi.\"}");
        assertThat(luca.stockCardByCode("TR-000001-1")).isEmpty();
        assertThat(client.listAll("{}").path("list")).extracting(c -> c.path("kod").asString()).containsExactly("TR-000002-1");
        JsonNode again = client.postJson("EkleStkWsSkart.do", aStockCard().json());
        assertThat(again.path("error").asBoolean()).isFalse();
    }

    @Test
    void shouldReportAnUnknownCardAMissingIdAndAMalformedBody() {
        assertThat(client.postJson("SilStkSkart.do", "{\"skartId\":1}").path("message").asString()).isEqualTo("Stok kartı bulunamadı.");
        assertThat(client.postJson("SilStkSkart.do", "{}").path("error").asBoolean()).isTrue();
        assertThat(client.postJson("SilStkSkart.do", "[1]").toString()).isEqualTo("{\"error\":true}");
        assertThat(luca.stockCards()).hasSize(2);
    }
}
