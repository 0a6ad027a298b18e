package io.katanaluca.sync.luca;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_ONE;
import static io.katanaluca.sync.luca.FakeLuca.called;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.katanaluca.sync.MutableClock;
import io.katanaluca.sync.remote.RemoteCallException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LucaClientWriteTest {

    @RegisterExtension
    static WireMockExtension wm = FakeLuca.server();

    static final String TURKISH_NAME = "Çelik Boru Ø35×1½ ğüşıöç İĞÜŞÖ";

    private final FakeLuca luca = new FakeLuca(wm);
    private final MutableClock clock = new MutableClock(Instant.parse("2025-12-07T19:00:00Z"));
    private LucaClient client;

    @BeforeEach
    void setUp() {
        luca.acceptsLoginsIssuing(SESSION_ONE);
        client = luca.wire(luca.props(), clock).client();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"skartId\":79409,\"error\":false,\"message\":\"SKU-1 - Vida M8 stok kartı başarılı bir şekilde kaydedilmiştir.\"}",
        "{\"stkSkart\":{\"skartId\":79409}}",
        "{\"skartId\":\"79409\",\"error\":false}"
    })
    void shouldReturnTheNewCardsIdFromEitherReplyShape(String reply) {
        // given
        luca.answers("EkleStkWsSkart.do", okJson(reply));

        // when
        long id = client.createStockCard(StockCardDrafts.aDraft().build());

        // then
        assertThat(id).isEqualTo(79409);
    }

    @Test
    void shouldSendTheCreateBodyFlatAndExactly() {
        // given
        luca.answers("EkleStkWsSkart.do", okJson("{\"skartId\":1,\"error\":false}"));

        // when
        client.createStockCard(StockCardDrafts.aDraft().build());

        // then
        wm.verify(called("EkleStkWsSkart.do")
                // Jetty (WireMock's server) lower-cases the charset of content types it knows; the client sends "UTF-8".
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=UTF-8"))
                .withCookie("JSESSIONID", equalTo(SESSION_ONE))
                .withRequestBody(binaryEqualTo(StockCardDrafts.aDraftJson().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void shouldLeaveOutFieldsTheDraftDoesNotHave() {
        // given
        luca.answers("EkleStkWsSkart.do", okJson("{\"skartId\":1,\"error\":false}"));

        // when
        client.createStockCard(StockCardDrafts.aDraft().withoutOptionalFields().build());

        // then
        wm.verify(called("EkleStkWsSkart.do").withRequestBody(equalToJson("{\"kartKodu\":\"SKU-1\",\"kartAdi\":\"Vida M8\","
                + "\"kartTuru\":1,\"baslangicTarihi\":\"07/12/2025\",\"satilabilirFlag\":1,\"satinAlinabilirFlag\":1}")));
    }

    @Test
    void shouldSendTurkishTextUnchangedAsUtf8Bytes() {
        // given
        luca.answers("EkleStkWsSkart.do", okJson("{\"skartId\":1,\"error\":false}"));

        // when
        client.createStockCard(StockCardDrafts.aDraft().withCode("ÇB-ø35").withName(TURKISH_NAME).withoutOptionalFields().build());

        // then
        wm.verify(called("EkleStkWsSkart.do").withRequestBody(binaryEqualTo(minimalBody("ÇB-ø35", TURKISH_NAME, StandardCharsets.UTF_8))));
    }

    @Test
    void shouldSendTurkishTextAsIso88599BytesWhenConfigured() {
        // given
        Charset turkish = Charset.forName("ISO-8859-9");
        LucaClient isoClient = luca.wire(luca.props(null, turkish, Duration.ofSeconds(5)), clock).client();
        luca.answers("EkleStkWsSkart.do", okJson("{\"skartId\":1,\"error\":false}"));

        // when
        isoClient.createStockCard(StockCardDrafts.aDraft().withCode("ÇB-ø35").withName(TURKISH_NAME).withoutOptionalFields().build());

        // then
        wm.verify(called("EkleStkWsSkart.do")
                .withHeader("Content-Type", equalTo("application/json; charset=ISO-8859-9"))
                .withRequestBody(binaryEqualTo(minimalBody("ÇB-ø35", TURKISH_NAME, turkish))));
    }

    @Test
    void shouldRefuseToSendTextTheConfiguredCharsetCannotHoldRatherThanAlterIt() {
        // given
        LucaClient isoClient = luca.wire(luca.props(null, Charset.forName("ISO-8859-9"), Duration.ofSeconds(5)), clock).client();

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> isoClient.createStockCard(StockCardDrafts.aDraft().withName("Boru ⌀35 €").build()));

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
        assertThat(failure.reason()).contains("ISO-8859-9");
        wm.verify(0, called("EkleStkWsSkart.do"));
    }

    @Test
    void shouldThrowDuplicateCodeWhenLucaSaysTheCodeIsUsed() {
        // given
        luca.answers("EkleStkWsSkart.do", okJson("{\"error\":true,\"message\":\"Kart kodu daha önce kullanılmış\"}"));

        // when
        DuplicateCodeException failure = catchThrowableOfType(DuplicateCodeException.class,
                () -> client.createStockCard(StockCardDrafts.aDraft().build()));

        // then
        assertThat(failure.code()).isEqualTo("SKU-1");
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
        assertThat(failure.reason()).contains("Kart kodu daha önce kullanılmış");
    }

    @Test
    void shouldNotTakeAUsedBarcodeForAUsedCode() {
        // given
        luca.answers("EkleStkWsSkart.do", okJson("{\"error\":true,\"message\":\"Barkod daha önce kullanılmış\"}"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> client.createStockCard(StockCardDrafts.aDraft().build()));

        // then
        assertThat(failure).isNotInstanceOf(DuplicateCodeException.class);
        assertThat(failure.reason()).isEqualTo("Barkod daha önce kullanılmış");
    }

    @Test
    void shouldFailPermanentlyWithLucasMessageWhenItRefusesTheCard() {
        // given
        luca.answers("EkleStkWsSkart.do", okJson("{\"error\":true,\"message\":\"[kartAdi] alanı zorunludur.\"}"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> client.createStockCard(StockCardDrafts.aDraft().build()));

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
        assertThat(failure.reason()).isEqualTo("[kartAdi] alanı zorunludur.");
        assertThat(failure.endpoint()).isEqualTo("EkleStkWsSkart.do");
    }

    @Test
    void shouldCallABareErrorAMalformedRequest() {
        // given
        luca.answers("EkleStkWsSkart.do", okJson("{\"error\":true}"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> client.createStockCard(StockCardDrafts.aDraft().build()));

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
        assertThat(failure.reason()).contains("Luca rejected the request as malformed");
    }

    @Test
    void shouldLookTheCardUpWhenLucaReportsSuccessWithoutAnId() {
        // given
        luca.answers("EkleStkWsSkart.do", okJson("{\"code\":0,\"message\":\"Başarılı\"}"));
        luca.answers("ListeleStkSkart.do", okJson("[{\"skartId\":321,\"kod\":\"SKU-1\",\"kartAdi\":\"Vida M8\"}]"));

        // when
        long id = client.createStockCard(StockCardDrafts.aDraft().build());

        // then
        assertThat(id).isEqualTo(321);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 429})
    void shouldFailTransientlyOnServerErrorsAndRateLimits(int status) {
        // given
        luca.answers("EkleStkWsSkart.do", aResponse().withStatus(status).withBody("Service Unavailable"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> client.createStockCard(StockCardDrafts.aDraft().build()));

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.TRANSIENT);
        assertThat(failure.getMessage()).contains("EkleStkWsSkart.do").contains("HTTP " + status);
    }

    @Test
    void shouldFailTransientlyWhenTheConnectionBreaks() {
        // given
        luca.answers("EkleStkWsSkart.do", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> client.createStockCard(StockCardDrafts.aDraft().build()));

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.TRANSIENT);
        assertThat(failure.endpoint()).isEqualTo("EkleStkWsSkart.do");
    }

    @Test
    void shouldFailPermanentlyOnOtherClientErrors() {
        // given
        luca.answers("EkleStkWsSkart.do", aResponse().withStatus(404));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> client.createStockCard(StockCardDrafts.aDraft().build()));

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
    }

    @Test
    void shouldFailTransientlyWhenLucaIsTooSlow() {
        // given
        LucaClient impatient = luca.wire(luca.props(null, StandardCharsets.UTF_8, Duration.ofMillis(200)), clock).client();
        luca.answers("EkleStkWsSkart.do", okJson("{\"skartId\":1}").withFixedDelay(2_000));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> impatient.createStockCard(StockCardDrafts.aDraft().build()));

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.TRANSIENT);
        assertThat(failure.endpoint()).isEqualTo("EkleStkWsSkart.do");
    }

    @Test
    void shouldSendUpdatesWithTheIdAndWithoutCreationOnlyFields() {
        // given
        luca.answers("GuncelleStkWsSkart.do", okJson("{\"error\":false,\"message\":\"Güncellendi\"}"));

        // when
        client.updateStockCard(79409, StockCardDrafts.aDraft().withName(TURKISH_NAME).build());

        // then
        wm.verify(called("GuncelleStkWsSkart.do").withRequestBody(equalToJson("{\"skartId\":79409,\"kartKodu\":\"SKU-1\","
                + "\"kartAdi\":\"" + TURKISH_NAME + "\",\"barkod\":\"8690000000011\",\"olcumBirimiId\":5,\"kategoriAgacKod\":\"001\","
                + "\"kartAlisKdvOran\":0.20,\"kartSatisKdvOran\":0.20,\"perakendeAlisBirimFiyat\":12.50,"
                + "\"perakendeSatisBirimFiyat\":19.90,\"satilabilirFlag\":1,\"satinAlinabilirFlag\":1}")));
    }

    @Test
    void shouldFailPermanentlyWhenLucaRefusesAnUpdate() {
        // given
        luca.answers("GuncelleStkWsSkart.do", okJson("{\"error\":true,\"message\":\"Kart bulunamadı\"}"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> client.updateStockCard(1, StockCardDrafts.aDraft().build()));

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
        assertThat(failure.reason()).isEqualTo("Kart bulunamadı");
    }

    private static byte[] minimalBody(String code, String name, Charset charset) {
        return ("{\"kartKodu\":\"" + code + "\",\"kartAdi\":\"" + name + "\",\"kartTuru\":1,\"baslangicTarihi\":\"07/12/2025\","
                + "\"satilabilirFlag\":1,\"satinAlinabilirFlag\":1}").getBytes(charset);
    }
}
