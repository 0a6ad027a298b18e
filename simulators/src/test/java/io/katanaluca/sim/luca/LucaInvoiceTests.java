package io.katanaluca.sim.luca;

import static io.katanaluca.sim.luca.CustomerBodies.aCustomer;
import static io.katanaluca.sim.luca.InvoiceBodies.anInvoice;
import static io.katanaluca.sim.luca.InvoiceBodies.shippingLine;
import static io.katanaluca.sim.luca.InvoiceBodies.stockLine;
import static io.katanaluca.sim.luca.StockCardBodies.aStockCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.katanaluca.sim.http.Json;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** EkleFtrWsFaturaBaslik.do, ListeleFtrSsFaturaBaslik.do and SilFtrWsFaturaBaslik.do, against a seeded account and card. */
class LucaInvoiceTests {

    private static final String CREATE = "EkleFtrWsFaturaBaslik.do";

    private LucaSimulator luca;
    private LucaClient client;

    @BeforeEach
    void startWithDefaults() {
        startWith(LucaInvoiceConfig.defaults());
    }

    @AfterEach
    void stop() {
        luca.close();
    }

    @Test
    void shouldCreateAnInvoiceNumberedByLucaAndKeepTheBodyExactlyAsReceived() {
        // when
        JsonNode first = client.postJson(CREATE, anInvoice().json());
        JsonNode second = client.postJson(CREATE, anInvoice().with("belgeTakipNo", "KATANA-SO-2").json());

        // then
        assertThat(first.path("error").asBoolean()).isFalse();
        assertThat(first.path("ssFaturaBaslikId").asLong()).isEqualTo(500001);
        assertThat(first.path("belgeNo").isString()).isTrue();
        assertThat(first.path("belgeNo").asString()).isEqualTo("1");
        assertThat(first.path("message").asString()).isEqualTo("EFA 1 numaralı fatura başarıyla kaydedildi.");
        assertThat(second.path("ssFaturaBaslikId").asLong()).isEqualTo(500002);
        assertThat(second.path("belgeNo").asString()).isEqualTo("2");
        assertThat(luca.invoiceByTrackingNo("KATANA-SO-1")).hasValueSatisfying(invoice -> {
            assertThat(invoice.belgeNo()).isEqualTo("1");
            assertThat(invoice.json()).isEqualTo(Json.parse(anInvoice().json()));
            assertThat(invoice.field("detayList").get(0).path("birimFiyat").asString()).isEqualTo("1250.50");
        });
        assertThat(luca.invoiceCount()).isEqualTo(2);
    }

    @Test
    void shouldNumberEachSeriesOnItsOwnAndGoOnAfterTheHighestNumber() {
        // given
        restartWith(LucaInvoiceConfig.defaults().withSeries("EFA", "EFB"));

        // when
        String efa1 = belgeNo(anInvoice());
        String efb1 = belgeNo(anInvoice().with("belgeSeri", "EFB"));
        String efa7 = belgeNo(anInvoice().with("belgeNo", "7"));
        String efa8 = belgeNo(anInvoice());
        client.post("SilFtrWsFaturaBaslik.do", "{\"ssFaturaBaslikId\":" + luca.invoices().get(3).ssFaturaBaslikId() + "}");
        String afterDelete = belgeNo(anInvoice());

        // then
        assertThat(List.of(efa1, efb1, efa7, efa8, afterDelete)).containsExactly("1", "1", "7", "8", "9");
    }

    @Test
    void shouldRefuseANumberTakenInItsSeriesButNotInAnother() {
        // given
        restartWith(LucaInvoiceConfig.defaults().withSeries("EFA", "EFB"));
        client.post(CREATE, anInvoice().json());

        // when
        JsonNode taken = client.postJson(CREATE, anInvoice().with("belgeNo", "1").json());
        JsonNode takenWithZeros = client.postJson(CREATE, anInvoice().with("belgeNo", "000000001").json());
        JsonNode otherSeries = client.postJson(CREATE, anInvoice().with("belgeSeri", "EFB").with("belgeNo", "1").json());

        // then
        assertThat(taken.path("error").asBoolean()).isTrue();
        assertThat(taken.path("message").asString()).isEqualTo("Belge no daha önce kullanılmış: EFA 1");
        assertThat(takenWithZeros.path("message").asString()).isEqualTo("Belge no daha önce kullanılmış: EFA 1");
        assertThat(otherSeries.path("belgeNo").asString()).isEqualTo("1");
        assertThat(luca.invoiceCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"belgeSeri", "belgeTarihi", "belgeTurDetayId", "faturaTur", "paraBirimKod",
            "musteriTedarikci", "cariKodu", "detayList"})
    void shouldNameTheMissingRequiredField(String field) {
        // when
        JsonNode missing = client.postJson(CREATE, anInvoice().without(field).json());
        JsonNode nulled = client.postJson(CREATE, anInvoice().withNull(field).json());

        // then
        assertThat(List.of(missing, nulled)).allSatisfy(reply -> {
            assertThat(reply.path("error").asBoolean()).isTrue();
            assertThat(reply.path("message").asString()).isEqualTo("[" + field + "] alanı zorunludur.");
        });
        assertThat(luca.invoiceCount()).isZero();
    }

    @Test
    void shouldCountBlankTextAndAnEmptyLineListAsMissing() {
        // when
        JsonNode blankSeries = client.postJson(CREATE, anInvoice().with("belgeSeri", " ").json());
        JsonNode noLines = client.postJson(CREATE, anInvoice().withOnlyLines().json());

        // then
        assertThat(blankSeries.path("message").asString()).isEqualTo("[belgeSeri] alanı zorunludur.");
        assertThat(noLines.path("message").asString()).isEqualTo("[detayList] alanı zorunludur.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "not json", "{\"belgeSeri\":{\"kod\":\"EFA\"}}", "{\"belgeTurDetayId\":\"satış\"}",
            "{\"detayList\":{}}", "{\"detayList\":[1]}", "{\"detayList\":[{\"miktar\":\"iki\"}]}",
            "{\"detayList\":[{\"kartKodu\":[\"X\"]}]}"})
    void shouldAnswerABareErrorToABodyItCannotRead(String body) {
        // when
        HttpResponse<String> reply = client.post(CREATE, body);

        // then
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"error\":true}");
    }

    @Test
    void shouldRefuseAnUnknownSeriesDocumentTypeOrKindAndABadDateNumberOrTrackingNumber() {
        // when
        JsonNode series = client.postJson(CREATE, anInvoice().with("belgeSeri", "A").json());
        JsonNode documentType = client.postJson(CREATE, anInvoice().with("belgeTurDetayId", "69").json());
        JsonNode invoiceKind = client.postJson(CREATE, anInvoice().with("faturaTur", "2").json());
        JsonNode supplier = client.postJson(CREATE, anInvoice().with("musteriTedarikci", "2").json());
        JsonNode date = client.postJson(CREATE, anInvoice().with("belgeTarihi", "2026-12-15").json());
        JsonNode dueDate = client.postJson(CREATE, anInvoice().with("vadeTarihi", "31/02/2027").json());
        JsonNode number = client.postJson(CREATE, anInvoice().with("belgeNo", "SO-1").json());
        JsonNode trackingNo = client.postJson(CREATE, anInvoice().with("belgeTakipNo", "K".repeat(51)).json());

        // then
        assertThat(messages(series, documentType, invoiceKind, supplier, date, dueDate, number, trackingNo)).containsExactly(
                "Belge Seri bulunamadı!",
                "Satış faturası belge türü bulunamadı: 69",
                "[faturaTur] alanı 1 olmalıdır.",
                "[musteriTedarikci] alanı satış faturasında 1 (müşteri) olmalıdır.",
                "[belgeTarihi] alanı dd/MM/yyyy formatında olmalıdır.",
                "[vadeTarihi] alanı dd/MM/yyyy formatında olmalıdır.",
                "[belgeNo] alanı 1 ile 9 haneli pozitif bir sayı olmalıdır.",
                "[belgeTakipNo] alanı en fazla 50 karakter olabilir.");
        assertThat(luca.invoiceCount()).isZero();
    }

    @Test
    void shouldRefuseAnUnknownCurrencyAndAForeignOneWithoutARate() {
        // when
        JsonNode unknown = client.postJson(CREATE, anInvoice().with("paraBirimKod", "XYZ").json());
        JsonNode noRate = client.postJson(CREATE, anInvoice().with("paraBirimKod", "USD").json());
        JsonNode zeroRate = client.postJson(CREATE, anInvoice().with("paraBirimKod", "USD").with("kurBedeli", 0).json());
        JsonNode withRate = client.postJson(CREATE, anInvoice().with("paraBirimKod", "USD")
                .with("kurBedeli", new BigDecimal("48.6592")).json());

        // then
        assertThat(messages(unknown, noRate, zeroRate)).containsExactly("Para birimi bulunamadı: XYZ",
                "[kurBedeli] alanı zorunludur.", "[kurBedeli] alanı sıfırdan büyük olmalıdır.");
        assertThat(withRate.path("error").asBoolean()).isFalse();
        assertThat(luca.invoices()).singleElement().satisfies(invoice -> assertThat(invoice.paraBirimKod()).isEqualTo("USD"));
    }

    @Test
    void shouldRefuseAnAccountLucaDoesNotHoldNamingItsCode() {
        // when
        JsonNode reply = client.postJson(CREATE, anInvoice().with("cariKodu", "ktn-7000001").json());

        // then
        assertThat(reply.path("error").asBoolean()).isTrue();
        assertThat(reply.path("message").asString()).isEqualTo("ktn-7000001 kodlu cari bulunamadı.");
    }

    @Test
    void shouldAskForATaxNumberWhenTheAccountHasNone() {
        // given
        client.post("EkleFinMusteriWS.do", aCustomer().with("kartKod", "KTN-NOVKN").without("vergiNo").json());

        // when
        JsonNode withoutAny = client.postJson(CREATE, anInvoice().with("cariKodu", "KTN-NOVKN").json());
        JsonNode badInHeader = client.postJson(CREATE, anInvoice().with("cariKodu", "KTN-NOVKN").with("vergiNo", "123").json());
        JsonNode inHeader = client.postJson(CREATE, anInvoice().with("cariKodu", "KTN-NOVKN").with("vergiNo", "9876543210").json());

        // then
        assertThat(messages(withoutAny, badInHeader)).containsExactly("[vergiNo] alanı zorunludur.",
                "[vergiNo] alanı 10 haneli olmalıdır.");
        assertThat(inHeader.path("error").asBoolean()).isFalse();
    }

    @Test
    void shouldInvoiceAnAccountWithoutTaxNumberWhenConfiguredNotToAsk() {
        // given
        restartWith(LucaInvoiceConfig.defaults().withRequiresTaxNumber(false));
        client.post("EkleFinMusteriWS.do", aCustomer().with("kartKod", "KTN-NOVKN").without("vergiNo").json());

        // when
        JsonNode reply = client.postJson(CREATE, anInvoice().with("cariKodu", "KTN-NOVKN").json());

        // then
        assertThat(reply.path("error").asBoolean()).isFalse();
    }

    @Test
    void shouldRefuseLinesOfUnknownCardsNamingTheLineAndTheCode() {
        // when
        JsonNode stock = client.postJson(CREATE, anInvoice().withLine(stockLine("TR-999", "1", "5", "0.20")).json());
        JsonNode service = client.postJson(CREATE, anInvoice().withLine(shippingLine("5").put("kartKodu", "NAKLIYE")).json());
        JsonNode cardType = client.postJson(CREATE, anInvoice().onLine(0, line -> line.put("kartTuru", 3)).json());
        JsonNode noCode = client.postJson(CREATE, anInvoice().onLine(0, line -> line.remove("kartKodu")).json());
        JsonNode shipping = client.postJson(CREATE, anInvoice().withLine(shippingLine("49.90")).json());

        // then
        assertThat(messages(stock, service, cardType, noCode)).containsExactly(
                "Satır 2: TR-999 kodlu stok kartı bulunamadı.",
                "Satır 2: NAKLIYE kodlu hizmet kartı bulunamadı.",
                "Satır 1: [kartTuru] alanı 1 (stok) veya 2 (hizmet) olmalıdır.",
                "Satır 1: [kartKodu] alanı zorunludur.");
        assertThat(shipping.path("error").asBoolean()).isFalse();
        assertThat(luca.invoiceCount()).isEqualTo(1);
    }

    @Test
    void shouldRefuseQuantitiesPricesRatesAndDiscountsOutOfRange() {
        // when
        JsonNode zeroQuantity = client.postJson(CREATE, anInvoice().onLine(0, line -> line.put("miktar", 0)).json());
        JsonNode negativePrice = client.postJson(CREATE, anInvoice().onLine(0, line -> line.put("birimFiyat", -1)).json());
        JsonNode oldRate = client.postJson(CREATE, anInvoice().onLine(0, line -> line.put("kdvOran", new BigDecimal("0.18"))).json());
        JsonNode percent = client.postJson(CREATE, anInvoice().onLine(0, line -> line.put("kdvOran", 20)).json());
        JsonNode discount = client.postJson(CREATE, anInvoice().onLine(0, line -> line.put("iskontoOran1", 101)).json());
        JsonNode decimalQuantity = client.postJson(CREATE, anInvoice().onLine(0, line -> line.put("miktar", new BigDecimal("1.5"))
                .put("kdvOran", new BigDecimal("0.1"))).json());

        // then
        assertThat(messages(zeroQuantity, negativePrice, oldRate, percent, discount)).containsExactly(
                "Satır 1: [miktar] alanı sıfırdan büyük olmalıdır.",
                "Satır 1: [birimFiyat] alanı negatif olamaz.",
                "Satır 1: KDV oranı geçersiz: 0.18 (geçerli oranlar: 0, 0.01, 0.1, 0.2)",
                "Satır 1: KDV oranı geçersiz: 20 (geçerli oranlar: 0, 0.01, 0.1, 0.2)",
                "Satır 1: [iskontoOran1] alanı 0 ile 100 arasında olmalıdır.");
        assertThat(decimalQuantity.path("error").asBoolean()).isFalse();
    }

    @Test
    void shouldTakeRatesInPercentWhenConfiguredSo() {
        // given
        restartWith(LucaInvoiceConfig.defaults().withVatFormat(LucaInvoiceConfig.VatFormat.PERCENT));

        // when
        JsonNode fraction = client.postJson(CREATE, anInvoice().json());
        JsonNode percent = client.postJson(CREATE, anInvoice().onLine(0, line -> line.put("kdvOran", 20)).json());

        // then
        assertThat(fraction.path("message").asString()).isEqualTo("Satır 1: KDV oranı geçersiz: 0.20 (geçerli oranlar: 0, 1, 10, 20)");
        assertThat(percent.path("error").asBoolean()).isFalse();
        assertThat(luca.invoices().get(0).vatTotal()).isEqualByComparingTo("500.20");
    }

    @Test
    void shouldCheckASentLineAmountToTheKurus() {
        // when
        JsonNode good = client.postJson(CREATE, anInvoice().onLine(0, line -> line.put("tutar", new BigDecimal("2501.00"))).json());
        JsonNode discounted = client.postJson(CREATE, anInvoice().withLine(stockLine("TR-000001-1", "3", "10.99", "0.20")
                .put("iskontoOran1", new BigDecimal("12.5")).put("tutar", new BigDecimal("28.85"))).json());
        JsonNode offByAKurus = client.postJson(CREATE, anInvoice().withLine(stockLine("TR-000001-1", "3", "10.99", "0.20")
                .put("iskontoOran1", new BigDecimal("12.5")).put("tutar", new BigDecimal("28.84"))).json());

        // then
        assertThat(good.path("error").asBoolean()).isFalse();
        assertThat(discounted.path("error").asBoolean()).isFalse();
        assertThat(offByAKurus.path("message").asString())
                .isEqualTo("Satır 2: [tutar] 28.84 gönderildi, miktar × birimFiyat × (1 − iskontoOran1/100) = 28.85");
        assertThat(luca.invoiceCount()).isEqualTo(2);
    }

    @Test
    void shouldComputeTheTotalsRoundingEachLinesVatToTheKurus() {
        // given three lines of 0.05 at 10 %: 0.005 VAT each, 0.01 per line, where rounding the sum would give 0.02
        InvoiceBodies body = anInvoice().withOnlyLines(stockLine("TR-000001-1", "1", "0.05", "0.10"),
                stockLine("TR-000001-1", "1", "0.05", "0.10"), stockLine("TR-000001-1", "1", "0.05", "0.10"),
                shippingLine("49.90").put("iskontoOran1", 10));

        // when
        client.post(CREATE, body.json());

        // then net 0.15 + 44.91; VAT 0.03 + 8.98
        StoredInvoice invoice = luca.invoices().get(0);
        assertThat(invoice.netTotal()).isEqualByComparingTo("45.06");
        assertThat(invoice.vatTotal()).isEqualByComparingTo("9.01");
        assertThat(invoice.grossTotal()).isEqualByComparingTo("54.07");
    }

    @Test
    void shouldListInvoicesByTrackingNumberAndDateRangeWithTheirTotals() {
        // given
        client.post(CREATE, anInvoice().json());
        client.post(CREATE, anInvoice().with("belgeTakipNo", "KATANA-SO-10").with("belgeTarihi", "01/12/2026").json());
        client.post(CREATE, anInvoice().with("belgeTakipNo", "KATANA-SO-2").with("belgeTarihi", "30/11/2026").json());

        // when
        JsonNode byTrackingNo = listAll(filter("\"belgeTakipNoBas\":\"KATANA-SO-1\",\"belgeTakipNoBit\":\"KATANA-SO-1\""));
        JsonNode december = listAll(filter("\"belgeTarihiBas\":\"01/12/2026\",\"belgeTarihiBit\":\"31/12/2026\""));
        JsonNode both = listAll(filter("\"belgeTakipNoBas\":\"KATANA-SO-10\",\"belgeTakipNoBit\":\"KATANA-SO-10\","
                + "\"belgeTarihiBas\":\"01/12/2026\",\"belgeTarihiBit\":\"31/12/2026\""));

        // then
        assertThat(Json.text(byTrackingNo)).isEqualTo("{\"list\":[{\"ssFaturaBaslikId\":500001,\"belgeSeri\":\"EFA\","
                + "\"belgeNo\":\"1\",\"belgeTarihi\":\"15/12/2026\",\"belgeTakipNo\":\"KATANA-SO-1\",\"cariKodu\":\"KTN-7000001\","
                + "\"paraBirimKod\":\"TRY\",\"netTutar\":2501.00,\"kdvTutar\":500.20,\"toplamTutar\":3001.20}]}");
        assertThat(december.path("list").valueStream().map(i -> i.path("belgeTakipNo").asString()))
                .containsExactly("KATANA-SO-1", "KATANA-SO-10");
        assertThat(both.path("list")).singleElement().satisfies(item -> assertThat(item.path("belgeNo").asString()).isEqualTo("2"));
    }

    @Test
    void shouldListOnlySalesInvoicesAndRefuseUnknownOperatorsAndDates() {
        // given
        client.post(CREATE, anInvoice().json());

        // when
        JsonNode sales = listAll("{\"parUstHareketTuru\":\"16\"}");
        JsonNode purchases = listAll("{\"parUstHareketTuru\":\"17\"}");
        JsonNode operator = listAll(filter("\"belgeTakipNoBas\":\"KATANA\",\"belgeTakipNoOp\":\"like\""));
        JsonNode date = listAll(filter("\"belgeTarihiBas\":\"2026-12-01\""));

        // then
        assertThat(sales.path("list")).hasSize(1);
        assertThat(purchases.path("list")).isEmpty();
        assertThat(operator.path("message").asString()).isEqualTo("Geçersiz operatör: like");
        assertThat(date.path("message").asString()).isEqualTo("[belgeTarihi] alanı dd/MM/yyyy formatında olmalıdır.");
    }

    @Test
    void shouldReturnOnlyTheFirst100InvoicesWithoutNoPaging() {
        // given
        IntStream.rangeClosed(1, 120).forEach(i -> luca.addInvoice(anInvoice().with("belgeTakipNo", "KATANA-SO-" + i).fields()));

        // when
        JsonNode paged = client.postJson("ListeleFtrSsFaturaBaslik.do", "{}");

        // then
        assertThat(paged.path("list")).hasSize(100);
        assertThat(listAll("{}").path("list")).hasSize(120);
        assertThat(luca.invoices().get(119).belgeNo()).isEqualTo("120");
    }

    @Test
    void shouldDeleteAnInvoiceAndRefuseAnUnknownId() {
        // given
        client.post(CREATE, anInvoice().json());

        // when
        JsonNode deleted = client.postJson("SilFtrWsFaturaBaslik.do", "{\"ssFaturaBaslikId\":500001}");
        JsonNode again = client.postJson("SilFtrWsFaturaBaslik.do", "{\"ssFaturaBaslikId\":\"500001\"}");
        JsonNode noId = client.postJson("SilFtrWsFaturaBaslik.do", "{}");

        // then
        assertThat(deleted.path("error").asBoolean()).isFalse();
        assertThat(messages(deleted, again, noId)).containsExactly("Fatura silindi.", "Fatura bulunamadı.",
                "[ssFaturaBaslikId] alanı zorunludur.");
        assertThat(luca.invoiceByTrackingNo("KATANA-SO-1")).isEmpty();
    }

    @Test
    void shouldAskForALoginAndABranchFirst() {
        // given
        LucaClient anonymous = new LucaClient(luca);
        LucaClient noBranch = new LucaClient(luca);
        noBranch.login();

        // when
        JsonNode withoutSession = anonymous.postJson(CREATE, anInvoice().json());
        JsonNode withoutBranch = noBranch.postJson(CREATE, anInvoice().json());
        JsonNode listWithoutBranch = noBranch.postJson("ListeleFtrSsFaturaBaslik.do", "{}");
        luca.expireAllSessions();
        JsonNode expired = client.postJson("SilFtrWsFaturaBaslik.do", "{\"ssFaturaBaslikId\":500001}");

        // then
        assertThat(Stream.of(withoutSession, withoutBranch, listWithoutBranch, expired).map(reply -> reply.path("code").asInt()))
                .containsExactly(1001, 1003, 1003, 1001);
        assertThat(luca.invoiceCount()).isZero();
    }

    @Test
    void shouldShowInvoicesUnderTheAdminEndpointsAndStartNumberingAgainAfterReset() {
        // given
        client.post(CREATE, anInvoice().json());

        // when
        JsonNode invoices = Json.parse(client.admin("GET", "/_sim/invoices", null).body());
        JsonNode stats = Json.parse(client.admin("GET", "/_sim/stats", null).body());
        luca.reset();
        ready(luca);
        JsonNode afterReset = client.postJson(CREATE, anInvoice().json());

        // then
        assertThat(invoices).singleElement().satisfies(invoice -> {
            assertThat(invoice.path("ssFaturaBaslikId").asLong()).isEqualTo(500001);
            assertThat(invoice.path("belgeTakipNo").asString()).isEqualTo("KATANA-SO-1");
            assertThat(invoice.path("toplamTutar").decimalValue()).isEqualByComparingTo("3001.20");
            assertThat(invoice.path("received").path("detayList").get(0).path("kartKodu").asString()).isEqualTo("TR-000001-1");
            assertThat(invoice.path("createdAt").asString()).isNotBlank();
        });
        assertThat(stats.path("invoices").asInt()).isEqualTo(1);
        assertThat(afterReset.path("ssFaturaBaslikId").asLong()).isEqualTo(500001);
        assertThat(afterReset.path("belgeNo").asString()).isEqualTo("1");
    }

    @Test
    void shouldRefuseToSeedAnInvoiceLucaWouldReject() {
        assertThatThrownBy(() -> luca.addInvoice(Map.of("belgeSeri", "EFA")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("[belgeTarihi] alanı zorunludur.");
    }

    private void startWith(LucaInvoiceConfig invoices) {
        ready(LucaSimulator.start(LucaSimulatorConfig.defaults().withInvoices(invoices)));
    }

    /** Logged in with a branch, with the account and the card the default invoice names. */
    private void ready(LucaSimulator simulator) {
        luca = simulator;
        client = LucaClient.ready(luca);
        client.post("EkleFinMusteriWS.do", aCustomer().json());
        client.post("EkleStkWsSkart.do", aStockCard().json());
    }

    private void restartWith(LucaInvoiceConfig invoices) {
        luca.close();
        startWith(invoices);
    }

    private String belgeNo(InvoiceBodies invoice) {
        return client.postJson(CREATE, invoice.json()).path("belgeNo").asString();
    }

    private JsonNode listAll(String body) {
        return Json.parse(client.send(client.listRequest("ListeleFtrSsFaturaBaslik.do", body)).body());
    }

    private static List<String> messages(JsonNode... replies) {
        return Stream.of(replies).map(reply -> reply.path("message").asString()).toList();
    }

    private static String filter(String documentFields) {
        return "{\"ftrSsFaturaBaslik\":{\"gnlOrgSsBelge\":{" + documentFields + "}}}";
    }
}
