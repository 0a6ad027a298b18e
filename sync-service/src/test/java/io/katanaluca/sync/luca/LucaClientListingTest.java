package io.katanaluca.sync.luca;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_ONE;
import static io.katanaluca.sync.luca.FakeLuca.called;
import static io.katanaluca.sync.luca.FakeLuca.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.katanaluca.sync.MutableClock;
import io.katanaluca.sync.remote.RemoteCallException;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LucaClientListingTest {

    @RegisterExtension
    static WireMockExtension wm = FakeLuca.server();

    private final FakeLuca luca = new FakeLuca(wm);
    private LucaClient client;

    @BeforeEach
    void setUp() {
        luca.acceptsLoginsIssuing(SESSION_ONE);
        client = luca.wire(luca.props(), new MutableClock(Instant.parse("2025-12-07T19:00:00Z"))).client();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[{\"skartId\":1,\"kod\":\"SKU-1\",\"kartAdi\":\"Vida\"},{\"skartId\":2,\"kod\":\"SKU-2\",\"kartAdi\":\"Somun\"}]",
        "{\"list\":[{\"skartId\":1,\"kod\":\"SKU-1\",\"kartAdi\":\"Vida\"},{\"skartId\":2,\"kod\":\"SKU-2\",\"kartAdi\":\"Somun\"}]}",
        "{\"stkSkart\":[{\"skartId\":\"1\",\"kartKodu\":\"SKU-1\",\"tanim\":\"Vida\"},{\"skartId\":\"2\",\"kartKodu\":\"SKU-2\",\"tanim\":\"Somun\"}]}",
        "{\"total\":2,\"data\":[{\"skartId\":1,\"skartKod\":\"SKU-1\",\"kartAdi\":\"Vida\"},{\"skartId\":\"2\",\"stokKartKodu\":\"SKU-2\",\"kartAdi\":\"Somun\"}]}",
        "{\"error\":false,\"items\":[{\"skartId\":1,\"kod\":\"SKU-1\",\"kartAdi\":\"Vida\"},{\"skartId\":2,\"kod\":\"SKU-2\",\"kartAdi\":\"Somun\"}]}"
    })
    void shouldReadEveryListShapeLucaHasBeenSeenToSend(String reply) {
        // given
        luca.answers("ListeleStkSkart.do", okJson(reply));

        // when
        var cards = client.listStockCards();

        // then
        assertThat(cards).containsExactly(new LucaStockCard(1, "SKU-1", "Vida"), new LucaStockCard(2, "SKU-2", "Somun"));
    }

    @Test
    void shouldAskForAllCardsWithNoPagingAndAnEmptyBody() {
        // given
        luca.answers("ListeleStkSkart.do", okJson("[]"));

        // when
        var cards = client.listStockCards();

        // then
        assertThat(cards).isEmpty();
        wm.verify(called("ListeleStkSkart.do").withHeader("No-Paging", equalTo("true"))
                .withCookie("JSESSIONID", equalTo(SESSION_ONE)).withRequestBody(equalToJson("{}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"message\":\"ok\"}", "{\"list\":null}", "\"\"", "Unable to instantiate Action, stkSkartAction"})
    void shouldFailTransientlyRatherThanReturnAnEmptyListWhenTheReplyHoldsNoList(String reply) {
        // given
        luca.answers("ListeleStkSkart.do", okJson(reply));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, () -> client.listStockCards());

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.TRANSIENT);
        assertThat(failure.endpoint()).isEqualTo("ListeleStkSkart.do");
    }

    @Test
    void shouldReportNoListWhenTheReplyIsJsonWithoutAnArray() {
        // given
        luca.answers("ListeleStkSkart.do", okJson("{}"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, () -> client.listStockCards());

        // then
        assertThat(failure.reason()).contains("Luca returned no stock card list");
    }

    @Test
    void shouldFailRatherThanReturnAnEmptyListWhenTheReplyIsAnHtmlPage() {
        // given
        luca.answers("ListeleStkSkart.do", html("<html><body><h1>Beklenmedik bir hata oluştu.</h1></body></html>"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, () -> client.listStockCards());

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.TRANSIENT);
        assertThat(failure.reason()).contains("Beklenmedik bir hata oluştu");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[{\"skartId\":1,\"kod\":\"SKU-1\"},{\"kod\":\"SKU-2\",\"kartAdi\":\"no id\"}]",
        "[{\"skartId\":1,\"kod\":\"SKU-1\"},{\"skartId\":2,\"kartAdi\":\"no code\"}]",
        "[{\"skartId\":\"abc\",\"kod\":\"SKU-1\"}]",
        "[\"SKU-1\"]"
    })
    void shouldFailTheWholeListingWhenARowHasNoIdOrCode(String reply) {
        // given
        luca.answers("ListeleStkSkart.do", okJson(reply));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, () -> client.listStockCards());

        // then
        assertThat(failure.reason()).contains("without an id or code");
    }

    @Test
    void shouldFindACardByItsExactCodeThroughTheCodeRangeFilter() {
        // given: Luca's range filter also returns neighbours
        luca.answers("ListeleStkSkart.do", okJson("{\"list\":[{\"skartId\":5,\"kod\":\"SKU-1-V2\",\"kartAdi\":\"x\"},"
                + "{\"skartId\":4,\"kod\":\"SKU-1\",\"kartAdi\":\"Vida\"}]}"));

        // when
        var card = client.findStockCardByCode("SKU-1");

        // then
        assertThat(card).contains(new LucaStockCard(4, "SKU-1", "Vida"));
        wm.verify(called("ListeleStkSkart.do").withRequestBody(
                equalToJson("{\"stkSkart\":{\"kodBas\":\"SKU-1\",\"kodBit\":\"SKU-1\",\"kodOp\":\"between\"}}")));
    }

    @Test
    void shouldFindNothingWhenNoCodeMatchesExactly() {
        // given
        luca.answers("ListeleStkSkart.do", okJson("[{\"skartId\":5,\"kod\":\"sku-1\",\"kartAdi\":\"x\"}]"));

        // when
        var card = client.findStockCardByCode("SKU-1");

        // then
        assertThat(card).isEmpty();
    }

    @Test
    void shouldListUnits() {
        // given
        luca.answers("ListeleGnlOlcumBirimi.do", okJson("{\"list\":[{\"id\":13424,\"kod\":\"ADET\",\"ad\":\"Adet\",\"kisa\":\"AD\",\"aktif\":1},"
                + "{\"id\":\"13425\",\"kod\":\"KG\",\"ad\":\"Kilogram\"}]}"));

        // when
        var units = client.listUnits();

        // then
        assertThat(units).containsExactly(new LucaUnit(13424, "ADET", "Adet"), new LucaUnit(13425, "KG", "Kilogram"));
        wm.verify(called("ListeleGnlOlcumBirimi.do").withHeader("No-Paging", equalTo("true")));
    }
}
