package io.katanaluca.sim.luca;

import static io.katanaluca.sim.luca.StockCardBodies.aStockCard;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Updates (GuncelleStkWsSkart.do) and deletes (SilStkSkart.do) of the cards the simulator holds. */
class LucaStockCardChangeTests {

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
    void shouldChangeTheGivenFieldsAndLeaveNullsAlone() {
        // when
        JsonNode reply = client.postJson("GuncelleStkWsSkart.do",
                "{\"skartId\":79409,\"kartAdi\":\"Çelik Boru Ø40\",\"perakendeSatisBirimFiyat\":99.90,\"barkod\":null}");

        // then
        assertThat(reply.toString()).isEqualTo("{\"error\":false,\"message\":\"Stok kartı güncellendi.\"}");
        StoredStockCard card = luca.stockCardByCode("TR-000001-1").orElseThrow();
        assertThat(card.kartAdi()).isEqualTo("Çelik Boru Ø40");
        assertThat(card.field("perakendeSatisBirimFiyat").decimalValue()).isEqualTo("99.90");
        assertThat(card.field("baslangicTarihi").asString()).isEqualTo("15/03/2025");
        assertThat(card.updateCount()).isEqualTo(1);
        assertThat(card.updatedAt()).isAfterOrEqualTo(card.createdAt());
    }

    @Test
    void shouldMoveACardToAFreeCode() {
        // when
        client.postJson("GuncelleStkWsSkart.do", "{\"skartId\":79409,\"kartKodu\":\"TR-000001-1-V2\"}");

        // then
        assertThat(luca.stockCardByCode("TR-000001-1")).isEmpty();
        assertThat(luca.stockCardByCode("TR-000001-1-V2")).hasValueSatisfying(c ->
                assertThat(c.skartId()).isEqualTo(79409));
        assertThat(client.listAll("{}").path("list")).extracting(c -> c.path("kod").asString())
                .containsExactly("TR-000001-1-V2", "TR-000002-1");
    }

    @Test
    void shouldRefuseACodeThatAnotherCardUses() {
        // when
        JsonNode reply = client.postJson("GuncelleStkWsSkart.do", "{\"skartId\":79409,\"kartKodu\":\"TR-000002-1\"}");

        // then
        assertThat(reply.path("message").asString()).isEqualTo("Kart kodu daha önce kullanılmış");
        assertThat(luca.stockCardByCode("TR-000001-1")).isPresent();
        assertThat(luca.stockCardByCode("TR-000002-1").orElseThrow().skartId()).isEqualTo(79410);
    }

    @Test
    void shouldReportUnknownOrMissingSkartId() {
        // when
        JsonNode unknown = client.postJson("GuncelleStkWsSkart.do", "{\"skartId\":1,\"kartAdi\":\"X\"}");
        JsonNode missing = client.postJson("GuncelleStkWsSkart.do", "{\"kartAdi\":\"X\"}");

        // then
        assertThat(unknown.path("message").asString()).isEqualTo("Stok kartı bulunamadı.");
        assertThat(missing.path("message").asString()).isEqualTo("[skartId] alanı zorunludur.");
    }

    @Test
    void shouldValidateTheFieldsItChanges() {
        // when
        JsonNode unit = client.postJson("GuncelleStkWsSkart.do", "{\"skartId\":79409,\"olcumBirimiId\":999}");
        JsonNode blankName = client.postJson("GuncelleStkWsSkart.do", "{\"skartId\":79409,\"kartAdi\":\"\"}");

        // then
        assertThat(unit.path("message").asString()).isEqualTo("Ölçüm birimi bulunamadı.");
        assertThat(blankName.path("message").asString()).isEqualTo("[kartAdi] alanı zorunludur.");
        assertThat(luca.stockCardByCode("TR-000001-1").orElseThrow().updateCount()).isZero();
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
