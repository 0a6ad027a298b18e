package io.katanaluca.sim.luca;

import static io.katanaluca.sim.luca.StockCardBodies.aStockCard;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LucaStockCardListTests {

    private LucaSimulator luca;

    @AfterEach
    void stop() {
        luca.close();
    }

    @Test
    void shouldReturnOnlyTheFirst100CardsWithoutNoPagingHeader() {
        // given
        LucaClient client = LucaClient.ready(started(LucaSimulatorConfig.defaults()));
        addCards(150);

        // when
        JsonNode withoutHeader = client.postJson("ListeleStkSkart.do", "{}");
        JsonNode withHeader = client.listAll("{}");

        // then
        assertThat(withoutHeader.path("list")).hasSize(100);
        assertThat(withHeader.path("list")).hasSize(150);
    }

    @Test
    void shouldListCardsWithKodAndTheStoredFields() {
        // given
        LucaClient client = LucaClient.ready(started(LucaSimulatorConfig.defaults()));
        client.post("EkleStkWsSkart.do", aStockCard().with("barkod", "8691234567895").json());

        // when
        JsonNode item = client.listAll("{}").path("list").get(0);

        // then
        assertThat(item.path("skartId").asLong()).isEqualTo(79409);
        assertThat(item.path("kod").asString()).isEqualTo("TR-000001-1");
        assertThat(item.has("kartKodu")).isFalse();
        assertThat(item.path("kartAdi").asString()).isEqualTo("Çelik Boru");
        assertThat(item.path("barkod").asString()).isEqualTo("8691234567895");
        assertThat(item.path("olcumBirimiId").asLong()).isEqualTo(1);
        assertThat(item.path("kartTuru").asInt()).isEqualTo(1);
        assertThat(item.path("kategoriAgacKod").isNull()).isTrue();
    }

    @Test
    void shouldFilterByCodeRangeInclusiveAndByExactCode() {
        // given
        LucaClient client = LucaClient.ready(started(LucaSimulatorConfig.defaults()));
        addCards(20);

        // when
        JsonNode between = client.listAll(
                "{\"stkSkart\":{\"kodBas\":\"K-005\",\"kodBit\":\"K-009\",\"kodOp\":\"between\"}}");
        JsonNode exact = client.listAll("{\"stkSkart\":{\"kodBas\":\"K-012\",\"kodOp\":\"eq\"}}");
        JsonNode prefixRange = client.listAll("{\"stkSkart\":{\"kodBas\":\"K-01\",\"kodBit\":\"K-01ZZZZ\",\"kodOp\":\"between\"}}");

        // then
        assertThat(between.path("list")).extracting(c -> c.path("kod").asString())
                .containsExactly("K-005", "K-006", "K-007", "K-008", "K-009");
        assertThat(exact.path("list")).extracting(c -> c.path("kod").asString()).containsExactly("K-012");
        assertThat(prefixRange.path("list")).hasSize(10);
    }

    @Test
    void shouldWrapTheListUnderTheConfiguredKeyOrNotAtAll() {
        // given
        started(LucaSimulatorConfig.defaults().withStockListKey("stkSkart"));
        LucaClient client = LucaClient.ready(luca);
        addCards(2);
        LucaSimulator bare = LucaSimulator.start(LucaSimulatorConfig.defaults()
                .withStockListKey(LucaSimulatorConfig.BARE_ARRAY));

        // when
        JsonNode wrapped = client.listAll("{}");
        JsonNode array;
        try (bare) {
            array = LucaClient.ready(bare).listAll("{}");
        }

        // then
        assertThat(wrapped.path("stkSkart")).hasSize(2);
        assertThat(array.isArray()).isTrue();
    }

    @Test
    void shouldListTheConfiguredUnits() {
        // given
        LucaClient client = LucaClient.ready(started(LucaSimulatorConfig.defaults()));

        // when
        JsonNode units = client.postJson("ListeleGnlOlcumBirimi.do", "{}");

        // then
        assertThat(units.path("list").get(0).path("kod").asString()).isEqualTo("ADET");
        assertThat(units.path("list").get(0).path("aktif").asInt()).isEqualTo(1);
        assertThat(units.path("list")).extracting(u -> u.path("kod").asString()).contains("KG", "M", "LT");
    }

    @Test
    void shouldRefuseUnknownOperatorsAndUnreadableBodies() {
        // given
        LucaClient client = LucaClient.ready(started(LucaSimulatorConfig.defaults()));

        // when
        JsonNode operator = client.listAll("{\"stkSkart\":{\"kodBas\":\"A\",\"kodOp\":\"like\"}}");
        JsonNode garbage = client.listAll("{stkSkart");

        // then
        assertThat(operator.path("error").asBoolean()).isTrue();
        assertThat(garbage.toString()).isEqualTo("{\"error\":true}");
    }

    private LucaSimulator started(LucaSimulatorConfig config) {
        luca = LucaSimulator.start(config);
        return luca;
    }

    private void addCards(int count) {
        for (int i = 1; i <= count; i++) {
            luca.addStockCard(Map.of("kartKodu", String.format("K-%03d", i), "kartAdi", "Kart " + i, "kartTuru", 1,
                    "baslangicTarihi", "01/01/2025", "olcumBirimiId", 1));
        }
    }
}
