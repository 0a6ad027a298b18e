package io.katanaluca.sim.luca;

import static io.katanaluca.sim.luca.StockCardBodies.aStockCard;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class LucaStockCardCreateTests {

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
    void shouldCreateACardWithIncreasingIdsAndLucasSuccessMessage() {
        // when
        HttpResponse<String> first = client.post("EkleStkWsSkart.do", aStockCard().json());
        JsonNode second = client.postJson("EkleStkWsSkart.do", aStockCard().with("kartKodu", "TR-000002-1").json());

        // then
        assertThat(first.body()).isEqualTo("{\"skartId\":79409,\"error\":false,"
                + "\"message\":\"TR-000001-1 - Çelik Boru stok kartı başarılı bir şekilde kaydedilmiştir.\"}");
        assertThat(second.path("skartId").asLong()).isEqualTo(79410);
        assertThat(luca.stockCardByCode("TR-000001-1")).hasValueSatisfying(card -> {
            assertThat(card.skartId()).isEqualTo(79409);
            assertThat(card.kartAdi()).isEqualTo("Çelik Boru");
            assertThat(card.updateCount()).isZero();
        });
        assertThat(luca.callCount("EkleStkWsSkart.do")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kartAdi", "kartKodu", "kartTuru", "baslangicTarihi"})
    void shouldNameTheMissingRequiredField(String field) {
        // when
        JsonNode missing = client.postJson("EkleStkWsSkart.do", aStockCard().without(field).json());
        JsonNode blank = client.postJson("EkleStkWsSkart.do", aStockCard().with(field, " ").json());
        JsonNode nulled = client.postJson("EkleStkWsSkart.do", aStockCard().withNull(field).json());

        // then
        assertThat(List.of(missing, blank, nulled)).allSatisfy(reply -> {
            assertThat(reply.path("error").asBoolean()).isTrue();
            assertThat(reply.path("message").asString()).isEqualTo("[" + field + "] alanı zorunludur.");
        });
        assertThat(luca.stockCardCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-15", "31/02/2025", "15.03.2025", "1/3/2025"})
    void shouldRejectStartDatesNotInDdMmYyyy(String date) {
        // when
        JsonNode reply = client.postJson("EkleStkWsSkart.do", aStockCard().with("baslangicTarihi", date).json());

        // then
        assertThat(reply.path("message").asString()).isEqualTo("[baslangicTarihi] alanı dd/MM/yyyy formatında olmalıdır.");
    }

    @Test
    void shouldRejectUnknownCardTypeTooLongFieldsAndUnknownUnit() {
        // when
        JsonNode type = client.postJson("EkleStkWsSkart.do", aStockCard().with("kartTuru", 3).json());
        JsonNode code = client.postJson("EkleStkWsSkart.do", aStockCard().with("kartKodu", "K".repeat(51)).json());
        JsonNode name = client.postJson("EkleStkWsSkart.do", aStockCard().with("kartAdi", "A".repeat(251)).json());
        JsonNode unit = client.postJson("EkleStkWsSkart.do", aStockCard().with("olcumBirimiId", 13424).json());

        // then
        assertThat(type.path("message").asString()).startsWith("[kartTuru]");
        assertThat(code.path("message").asString()).isEqualTo("[kartKodu] alanı en fazla 50 karakter olabilir.");
        assertThat(name.path("message").asString()).isEqualTo("[kartAdi] alanı en fazla 250 karakter olabilir.");
        assertThat(unit.path("message").asString()).isEqualTo("Ölçüm birimi bulunamadı.");
        assertThat(luca.stockCardCount()).isZero();
    }

    @Test
    void shouldAcceptTheLongestAllowedCodeAndName() {
        // when
        JsonNode reply = client.postJson("EkleStkWsSkart.do",
                aStockCard().with("kartKodu", "K".repeat(50)).with("kartAdi", "Ş".repeat(250)).json());

        // then
        assertThat(reply.path("error").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kartAdi=Boru", "[{\"kartAdi\":\"Boru\"}]", "{\"stkSkart\":",
            "{\"kartAdi\":\"Boru\",\"kartKodu\":\"B-1\",\"kartTuru\":\"stok\",\"baslangicTarihi\":\"01/01/2025\"}",
            "{\"kartAdi\":{\"tr\":\"Boru\"},\"kartKodu\":\"B-1\",\"kartTuru\":1,\"baslangicTarihi\":\"01/01/2025\"}"})
    void shouldAnswerBareErrorForBodiesItCannotRead(String body) {
        // when
        HttpResponse<String> response = client.post("EkleStkWsSkart.do", body);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"error\":true}");
    }

    @Test
    void shouldRejectADuplicateCodeButTreatCodesCaseSensitively() {
        // given
        client.post("EkleStkWsSkart.do", aStockCard().json());

        // when
        JsonNode duplicate = client.postJson("EkleStkWsSkart.do", aStockCard().with("kartAdi", "Başka").json());
        JsonNode lowerCase = client.postJson("EkleStkWsSkart.do", aStockCard().with("kartKodu", "tr-000001-1").json());

        // then
        assertThat(duplicate.path("error").asBoolean()).isTrue();
        assertThat(duplicate.path("message").asString()).isEqualTo("Kart kodu daha önce kullanılmış");
        assertThat(lowerCase.path("error").asBoolean()).isFalse();
        assertThat(luca.stockCards()).hasSize(2);
    }

    @Test
    void shouldCreateExactlyOneCardWhenTheSameCodeArrivesConcurrently() {
        // given
        List<LucaClient> clients = IntStream.range(0, 20).mapToObj(i -> LucaClient.ready(luca)).toList();

        // when
        List<CompletableFuture<HttpResponse<String>>> replies = clients.stream()
                .map(c -> c.postAsync("EkleStkWsSkart.do", aStockCard().json())).toList();
        List<String> bodies = replies.stream().map(CompletableFuture::join).map(HttpResponse::body).toList();

        // then
        assertThat(bodies).filteredOn(b -> b.contains("\"error\":false")).hasSize(1);
        assertThat(bodies).filteredOn(b -> b.contains("daha önce kullanılmış")).hasSize(19);
        assertThat(luca.stockCards()).singleElement().satisfies(card -> assertThat(card.skartId()).isEqualTo(79409));
    }

    @Test
    void shouldGiveConcurrentCreatesOfDifferentCodesDistinctGaplessIds() {
        // given
        List<LucaClient> clients = IntStream.range(0, 10).mapToObj(i -> LucaClient.ready(luca)).toList();

        // when
        List<CompletableFuture<HttpResponse<String>>> replies = IntStream.range(0, 50)
                .mapToObj(i -> clients.get(i % 10).postAsync("EkleStkWsSkart.do",
                        aStockCard().with("kartKodu", "C-" + i).json()))
                .toList();
        replies.forEach(CompletableFuture::join);

        // then
        assertThat(luca.stockCards()).extracting(StoredStockCard::skartId)
                .containsExactlyElementsOf(IntStream.range(0, 50).mapToObj(i -> 79409L + i).toList());
    }

    @Test
    void shouldStoreTurkishTextAndSymbolsExactlyAsReceived() {
        // given
        String name = "Çğıİöşü ÇĞÖŞÜ Ø35×1,5 ½\" boru";

        // when
        client.post("EkleStkWsSkart.do", aStockCard().with("kartAdi", name).with("uzunAdi", name + " (uzun)").json());

        // then
        StoredStockCard card = luca.stockCardByCode("TR-000001-1").orElseThrow();
        assertThat(card.kartAdi()).isEqualTo(name);
        assertThat(card.field("uzunAdi").asString()).isEqualTo(name + " (uzun)");
        assertThat(card.field("perakendeSatisBirimFiyat").decimalValue()).isEqualTo("1250.50");
        JsonNode listed = client.listAll("{}").path("list").get(0);
        assertThat(listed.path("kartAdi").asString()).isEqualTo(name);
    }

    @Test
    void shouldDecodeBodiesSentInIso88599() {
        // given
        String name = "Işık Şalter Ğ";

        // when
        HttpResponse<String> response = client.postEncoded("EkleStkWsSkart.do",
                aStockCard().with("kartAdi", name).json(), Charset.forName("ISO-8859-9"));

        // then
        assertThat(response.body()).contains("\"error\":false");
        assertThat(luca.stockCardByCode("TR-000001-1").orElseThrow().kartAdi()).isEqualTo(name);
    }
}
