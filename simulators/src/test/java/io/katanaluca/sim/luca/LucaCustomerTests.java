package io.katanaluca.sim.luca;

import static io.katanaluca.sim.luca.CustomerBodies.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.katanaluca.sim.http.Json;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** EkleFinMusteriWS.do and ListeleFinMusteri.do: as strict as the stock card calls. */
class LucaCustomerTests {

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
    void shouldCreateAnAccountAndKeepTheBodyExactlyAsReceived() {
        // when
        JsonNode first = client.postJson("EkleFinMusteriWS.do", aCustomer().json());
        JsonNode second = client.postJson("EkleFinMusteriWS.do", aCustomer().with("kartKod", "KTN-7000002").json());

        // then
        assertThat(first.path("error").asBoolean()).isFalse();
        assertThat(first.path("finansalNesneId").asLong()).isEqualTo(210001);
        assertThat(first.path("kod").asString()).isEqualTo("KTN-7000001");
        assertThat(second.path("finansalNesneId").asLong()).isEqualTo(210002);
        assertThat(luca.customerByCode("KTN-7000001")).hasValueSatisfying(customer -> {
            assertThat(customer.tanim()).isEqualTo("Boğaziçi Tekstil A.Ş.");
            assertThat(customer.field("il").asString()).isEqualTo("İstanbul");
            assertThat(customer.field("vergiNo").asString()).isEqualTo("1234567890");
        });
        assertThat(luca.callCount("EkleFinMusteriWS.do")).isEqualTo(2);
    }

    @Test
    void shouldAssignACodeWhenNoneIsSent() {
        // when
        JsonNode reply = client.postJson("EkleFinMusteriWS.do", aCustomer().without("kartKod").json());

        // then
        assertThat(reply.path("kod").asString()).isEqualTo("M000001");
        assertThat(luca.customerByCode("M000001")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tip", "cariTipId", "tanim"})
    void shouldNameTheMissingRequiredField(String field) {
        // when
        JsonNode missing = client.postJson("EkleFinMusteriWS.do", aCustomer().without(field).json());
        JsonNode blank = client.postJson("EkleFinMusteriWS.do", aCustomer().with(field, " ").json());
        JsonNode nulled = client.postJson("EkleFinMusteriWS.do", aCustomer().withNull(field).json());

        // then
        assertThat(List.of(missing, blank, nulled)).allSatisfy(reply -> {
            assertThat(reply.path("error").asBoolean()).isTrue();
            assertThat(reply.path("message").asString()).isEqualTo("[" + field + "] alanı zorunludur.");
        });
        assertThat(luca.customerCount()).isZero();
    }

    @Test
    void shouldRequireFirstAndLastNameOfAPerson() {
        // when
        JsonNode noFirstName = client.postJson("EkleFinMusteriWS.do", aCustomer().with("tip", 2).without("vergiNo").with("soyad", "Çağlar").json());
        JsonNode person = client.postJson("EkleFinMusteriWS.do", aCustomer().with("tip", 2).without("vergiNo")
                .with("ad", "Ümit").with("soyad", "Çağlar").with("tcKimlikNo", "10000000146").json());

        // then
        assertThat(noFirstName.path("message").asString()).isEqualTo("[ad] alanı zorunludur.");
        assertThat(person.path("error").asBoolean()).isFalse();
    }

    @Test
    void shouldRejectBadTaxNumbersTypesLengthsCurrenciesAndAddressTypes() {
        // when
        JsonNode vkn = client.postJson("EkleFinMusteriWS.do", aCustomer().with("vergiNo", "12345").json());
        JsonNode tckn = client.postJson("EkleFinMusteriWS.do", aCustomer().with("tcKimlikNo", "10000000147").json());
        JsonNode tip = client.postJson("EkleFinMusteriWS.do", aCustomer().with("tip", 3).json());
        JsonNode longName = client.postJson("EkleFinMusteriWS.do", aCustomer().with("kisaAd", "Ç".repeat(31)).json());
        JsonNode currency = client.postJson("EkleFinMusteriWS.do", aCustomer().with("paraBirimKod", "XYZ").json());
        JsonNode address = client.postJson("EkleFinMusteriWS.do", aCustomer().with("adresTipId", 1).json());
        JsonNode contact = client.postJson("EkleFinMusteriWS.do", aCustomer().with("iletisimTipId", 99).json());

        // then
        assertThat(vkn.path("message").asString()).isEqualTo("[vergiNo] alanı 10 haneli olmalıdır.");
        assertThat(tckn.path("message").asString()).contains("tcKimlikNo");
        assertThat(tip.path("message").asString()).contains("[tip]");
        assertThat(longName.path("message").asString()).isEqualTo("[kisaAd] alanı en fazla 30 karakter olabilir.");
        assertThat(currency.path("message").asString()).contains("Para birimi", "XYZ");
        assertThat(address.path("message").asString()).isEqualTo("Adres tipi bulunamadı.");
        assertThat(contact.path("message").asString()).isEqualTo("İletişim tipi bulunamadı.");
        assertThat(luca.customerCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"text\"", "{\"tip\":\"firma\",\"cariTipId\":5,\"tanim\":\"X\"}",
            "{\"tip\":1,\"cariTipId\":5,\"tanim\":{\"ad\":\"X\"}}", "{\"tip\":1,\"cariTipId\":5,\"tanim\":\"X\",\"iletisimListesi\":{}}", "not json"})
    void shouldAnswerABareErrorToABodyItCannotRead(String body) {
        // when
        HttpResponse<String> reply = client.post("EkleFinMusteriWS.do", body);

        // then
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"error\":true}");
    }

    @Test
    void shouldRefuseAUsedCodeExactlyAndCaseSensitively() {
        // given
        client.post("EkleFinMusteriWS.do", aCustomer().json());

        // when
        JsonNode duplicate = client.postJson("EkleFinMusteriWS.do", aCustomer().with("tanim", "Başka").json());
        JsonNode otherCase = client.postJson("EkleFinMusteriWS.do", aCustomer().with("kartKod", "ktn-7000001").json());

        // then
        assertThat(duplicate.path("message").asString()).isEqualTo("Cari kart kodu daha önce kullanılmış");
        assertThat(otherCase.path("error").asBoolean()).isFalse();
        assertThat(luca.customerCount()).isEqualTo(2);
    }

    @Test
    void shouldCreateOneAccountWhenOneCodeIsSentConcurrently() {
        // when
        List<CompletableFuture<HttpResponse<String>>> replies = IntStream.range(0, 20)
                .mapToObj(i -> client.postAsync("EkleFinMusteriWS.do", aCustomer().json())).toList();
        replies.forEach(CompletableFuture::join);

        // then
        assertThat(luca.customerCount()).isEqualTo(1);
        assertThat(replies).filteredOn(r -> r.join().body().contains("\"error\":false")).hasSize(1);
    }

    @Test
    void shouldStoreTurkishTextAsReceivedInEitherCharset() {
        // when
        client.postEncoded("EkleFinMusteriWS.do", aCustomer().with("tanim", "Çağrı Öğüt İĞÜŞÖÇ ıişü Ø×½").json(),
                Charset.forName("ISO-8859-9"));

        // then
        assertThat(luca.customerByCode("KTN-7000001").orElseThrow().tanim().getBytes(StandardCharsets.UTF_8))
                .isEqualTo("Çağrı Öğüt İĞÜŞÖÇ ıişü Ø×½".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldListAccountsWithTheirCodesIdsAndFirstContacts() {
        // given
        client.post("EkleFinMusteriWS.do", aCustomer().withPhoneInList("+90 532 111 22 33").json());

        // when
        JsonNode reply = listAll("{}");

        // then
        JsonNode item = reply.path("finMusteriListesi").get(0);
        assertThat(item.path("finansalNesneId").asLong()).isEqualTo(210001);
        assertThat(item.path("kod").asString()).isEqualTo("KTN-7000001");
        assertThat(item.path("kartKod").asString()).isEqualTo("KTN-7000001");
        assertThat(item.path("gnlFinansalNesne").path("finansalNesneId").asLong()).isEqualTo(210001);
        assertThat(item.path("tanim").asString()).isEqualTo("Boğaziçi Tekstil A.Ş.");
        assertThat(item.path("vergiNo").asString()).isEqualTo("1234567890");
        assertThat(item.path("email").asString()).isEqualTo("sule@bogazici.com.tr");
        assertThat(item.path("telefon").asString()).isEqualTo("+90 532 111 22 33");
    }

    @Test
    void shouldFilterByCodeRangeAndReturnOnlyTheFirst100WithoutNoPaging() {
        // given
        IntStream.rangeClosed(1, 120).forEach(i -> luca.addCustomer(Map.of("tip", 1, "cariTipId", 5,
                "tanim", "Firma " + i, "kartKod", String.format("K%03d", i))));

        // when
        JsonNode paged = client.postJson("ListeleFinMusteri.do", "{}");
        JsonNode range = listAll("{\"finMusteri\":{\"gnlFinansalNesne\":{\"kodBas\":\"K010\",\"kodBit\":\"K012\",\"kodOp\":\"between\"}}}");
        JsonNode exact = listAll("{\"finMusteri\":{\"gnlFinansalNesne\":{\"kodBas\":\"K007\",\"kodOp\":\"eq\"}}}");
        JsonNode badOperator = listAll("{\"finMusteri\":{\"gnlFinansalNesne\":{\"kodBas\":\"K007\",\"kodOp\":\"like\"}}}");

        // then
        assertThat(paged.path("finMusteriListesi")).hasSize(100);
        assertThat(listAll("{}").path("finMusteriListesi")).hasSize(120);
        assertThat(range.path("finMusteriListesi").valueStream().map(i -> i.path("kod").asString()))
                .containsExactly("K010", "K011", "K012");
        assertThat(exact.path("finMusteriListesi")).hasSize(1);
        assertThat(badOperator.path("message").asString()).isEqualTo("Geçersiz operatör: like");
    }

    @Test
    void shouldAskForALoginAndABranchFirst() {
        // given
        LucaClient anonymous = new LucaClient(luca);
        LucaClient noBranch = new LucaClient(luca);
        noBranch.login();

        // when
        JsonNode withoutSession = anonymous.postJson("EkleFinMusteriWS.do", aCustomer().json());
        JsonNode withoutBranch = noBranch.postJson("ListeleFinMusteri.do", "{}");
        luca.expireAllSessions();
        JsonNode expired = client.postJson("EkleFinMusteriWS.do", aCustomer().json());

        // then
        assertThat(withoutSession.path("code").asInt()).isEqualTo(1001);
        assertThat(withoutBranch.path("code").asInt()).isEqualTo(1003);
        assertThat(expired.path("code").asInt()).isEqualTo(1001);
        assertThat(luca.customerCount()).isZero();
    }

    @Test
    void shouldShowAccountsAndTheirCountUnderTheAdminEndpointsAndForgetThemOnReset() {
        // given
        client.post("EkleFinMusteriWS.do", aCustomer().json());

        // when
        JsonNode customers = Json.parse(client.admin("GET", "/_sim/customers", null).body());
        JsonNode stats = Json.parse(client.admin("GET", "/_sim/stats", null).body());
        client.admin("POST", "/_sim/reset", null);

        // then
        assertThat(customers).hasSize(1);
        assertThat(customers.get(0).path("kartKod").asString()).isEqualTo("KTN-7000001");
        assertThat(customers.get(0).path("received").path("ilce").asString()).isEqualTo("Kadıköy");
        assertThat(stats.path("customers").asInt()).isEqualTo(1);
        assertThat(luca.customers()).isEmpty();
    }

    @Test
    void shouldRefuseToSeedAnAccountLucaWouldReject() {
        assertThatThrownBy(() -> luca.addCustomer(Map.of("tip", 1, "cariTipId", 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("[tanim] alanı zorunludur.");
    }

    private JsonNode listAll(String body) {
        return Json.parse(client.send(client.listRequest("ListeleFinMusteri.do", body)).body());
    }
}
