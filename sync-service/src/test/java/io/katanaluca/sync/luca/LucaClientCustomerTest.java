package io.katanaluca.sync.luca;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_ONE;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_TWO;
import static io.katanaluca.sync.luca.FakeLuca.call;
import static io.katanaluca.sync.luca.FakeLuca.called;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.katanaluca.sync.MutableClock;
import io.katanaluca.sync.customer.domain.CustomerDraft;
import io.katanaluca.sync.customer.domain.CustomerDraft.Address;
import io.katanaluca.sync.customer.domain.CustomerDraft.Contact;
import io.katanaluca.sync.remote.RemoteCallException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ListeleFinMusteri.do and EkleFinMusteriWS.do through the same session handling as stock cards. */
class LucaClientCustomerTest {

    @RegisterExtension
    static WireMockExtension wm = FakeLuca.server();

    static final CustomerDraft DRAFT = new CustomerDraft("KTN-7000001", CustomerDraft.COMPANY, 5, null, "Boğaziçi Tekstil A.Ş.",
            "Boğaziçi Tekstil A.Ş.", "Boğaziçi Tekstil A.Ş.", "1234567890", null, null, null, "TRY",
            new Address(Address.INVOICE, "TR", "İstanbul", "Kadıköy", "İnönü Sok. No:5/3"),
            List.of(new Contact(Contact.EMAIL, "sule@bogazici.com.tr"), new Contact(Contact.MOBILE, "+90 532 111 22 33")));

    private final FakeLuca luca = new FakeLuca(wm);
    private FakeLuca.Wiring wiring;

    @BeforeEach
    void setUp() {
        luca.acceptsLoginsIssuing(SESSION_ONE, SESSION_TWO);
        wiring = luca.wire(luca.props(), new MutableClock(Instant.parse("2025-12-07T19:00:00Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"finMusteriListesi\":[{\"finansalNesneId\":210001,\"kartKod\":\"KTN-1\",\"tanim\":\"Çınar Ltd.\",\"vergiNo\":null,\"email\":\"a@b.tr\"}]}",
        "{\"list\":[{\"gnlFinansalNesne\":{\"finansalNesneId\":\"210001\",\"kod\":\"KTN-1\"},\"tanim\":\"Çınar Ltd.\",\"vergiNo\":null,\"email\":\"a@b.tr\"}]}",
        "[{\"finansalNesneId\":\"210001\",\"kod\":\"KTN-1\",\"hiyerarsikKod\":\"120.01.KTN-1\",\"tanim\":\"Çınar Ltd.\",\"vergiNo\":null,\"email\":\"a@b.tr\"}]"
    })
    void shouldReadEveryListShapeAndKeepOnlyTheFieldsTheRowCarries(String reply) {
        // given
        luca.answers("ListeleFinMusteri.do", okJson(reply));

        // when
        List<LucaCustomer> customers = wiring.client().listCustomers();

        // then
        assertThat(customers).singleElement().satisfies(customer -> {
            assertThat(customer.finansalNesneId()).isEqualTo(210001);
            assertThat(customer.kod()).isEqualTo("KTN-1");
            assertThat(customer.tanim()).isEqualTo("Çınar Ltd.");
            assertThat(customer.fields()).containsOnlyKeys("tanim", "vergiNo", "email").containsEntry("vergiNo", null);
        });
        wm.verify(called("ListeleFinMusteri.do").withHeader("No-Paging", equalTo("true")).withRequestBody(equalToJson("{}")));
    }

    @Test
    void shouldFailTheListingRatherThanDropAnAccountItCannotRead() {
        // given
        luca.answers("ListeleFinMusteri.do", okJson("{\"finMusteriListesi\":[{\"tanim\":\"kodsuz\"}]}"));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, () -> wiring.client().listCustomers());

        // then
        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.reason()).contains("customer account without an id or code");
    }

    @Test
    void shouldFindOneAccountByItsExactCodeWithARangeFilter() {
        // given
        luca.answers("ListeleFinMusteri.do", okJson("{\"finMusteriListesi\":[{\"finansalNesneId\":1,\"kod\":\"KTN-1\"},"
                + "{\"finansalNesneId\":2,\"kod\":\"KTN-10\"}]}"));

        // when
        var found = wiring.client().findCustomerByCode("KTN-1");

        // then
        assertThat(found).hasValueSatisfying(customer -> assertThat(customer.finansalNesneId()).isEqualTo(1));
        wm.verify(called("ListeleFinMusteri.do").withRequestBody(equalToJson(
                "{\"finMusteri\":{\"gnlFinansalNesne\":{\"kodBas\":\"KTN-1\",\"kodBit\":\"KTN-1\",\"kodOp\":\"between\"}}}")));
    }

    @Test
    void shouldSendTheCreateBodyFlatWithTheFirstContactFlatAndTheOthersInTheList() {
        // given
        luca.answers("EkleFinMusteriWS.do", okJson("{\"finansalNesneId\":210001,\"kod\":\"KTN-7000001\",\"error\":false}"));

        // when
        long id = wiring.client().createCustomer(DRAFT);

        // then
        assertThat(id).isEqualTo(210001);
        wm.verify(called("EkleFinMusteriWS.do").withRequestBody(equalToJson("""
                {"tip":1,"cariTipId":5,"kartKod":"KTN-7000001","tanim":"Boğaziçi Tekstil A.Ş.","kisaAd":"Boğaziçi Tekstil A.Ş.",
                 "yasalUnvan":"Boğaziçi Tekstil A.Ş.","vergiNo":"1234567890","paraBirimKod":"TRY","adresTipId":9,"ulke":"TR",
                 "il":"İstanbul","ilce":"Kadıköy","adresSerbest":"İnönü Sok. No:5/3","iletisimTipId":5,"iletisimTanim":"sule@bogazici.com.tr",
                 "iletisimListesi":[{"iletisimTipId":3,"iletisimTanim":"+90 532 111 22 33"}]}""")));
    }

    @Test
    void shouldReadTheIdNestedUnderFinMusteriOrLookItUpWhenMissing() {
        // given
        luca.answers("EkleFinMusteriWS.do", okJson("{\"finMusteri\":{\"finansalNesneId\":\"77\"}}"));

        // when
        long nested = wiring.client().createCustomer(DRAFT);
        luca.answers("EkleFinMusteriWS.do", okJson("{\"error\":false,\"message\":\"Kaydedildi\"}"));
        luca.answers("ListeleFinMusteri.do", okJson("{\"list\":[{\"finansalNesneId\":78,\"kod\":\"KTN-7000001\"}]}"));
        long lookedUp = wiring.client().createCustomer(DRAFT);

        // then
        assertThat(nested).isEqualTo(77);
        assertThat(lookedUp).isEqualTo(78);
    }

    @Test
    void shouldThrowDuplicateCodeWhenLucaSaysTheCodeIsUsed() {
        // given
        luca.answers("EkleFinMusteriWS.do", okJson("{\"error\":true,\"message\":\"Cari kart kodu daha önce kullanılmış\"}"));

        // when
        DuplicateCodeException duplicate = catchThrowableOfType(DuplicateCodeException.class, () -> wiring.client().createCustomer(DRAFT));

        // then
        assertThat(duplicate.code()).isEqualTo("KTN-7000001");
    }

    @Test
    void shouldFailPermanentlyWithLucasWordsOrAsMalformed() {
        // given
        luca.answers("EkleFinMusteriWS.do", okJson("{\"error\":true,\"message\":\"[tanim] alanı zorunludur.\"}"));
        RemoteCallException refused = catchThrowableOfType(RemoteCallException.class, () -> wiring.client().createCustomer(DRAFT));
        luca.answers("EkleFinMusteriWS.do", okJson("{\"error\":true}"));
        RemoteCallException malformed = catchThrowableOfType(RemoteCallException.class, () -> wiring.client().createCustomer(DRAFT));

        // then
        assertThat(refused.isTransient()).isFalse();
        assertThat(refused.reason()).isEqualTo("[tanim] alanı zorunludur.");
        assertThat(malformed.reason()).contains("malformed");
    }

    @Test
    void shouldLogInAgainAndReplayTheCreateOnceWhenTheSessionExpired() {
        // given
        luca.stub(call("EkleFinMusteriWS.do").inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"code\":1001,\"message\":\"Login olunmalı.\"}")).willSetStateTo("renewed"));
        luca.stub(call("EkleFinMusteriWS.do").inScenario("expiry").whenScenarioStateIs("renewed")
                .withCookie("JSESSIONID", equalTo(SESSION_TWO)).willReturn(okJson("{\"finansalNesneId\":5}")));

        // when
        long id = wiring.client().createCustomer(DRAFT);

        // then
        assertThat(id).isEqualTo(5);
        luca.verifyLogins(2);
        luca.verify(2, called("EkleFinMusteriWS.do"));
    }

    @Test
    void shouldShowTheExactBodyForAPreview() {
        Map<String, Object> body = LucaPayloads.customerCreate(DRAFT);

        assertThat(body).containsEntry("kartKod", "KTN-7000001").doesNotContainKeys("tcKimlikNo", "ad", "soyad", "kategoriKod");
        assertThat(LucaPayloads.json(body)).startsWith("{\"tip\":1,\"cariTipId\":5,\"kartKod\":\"KTN-7000001\"");
    }
}
