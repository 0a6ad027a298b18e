package io.katanaluca.sync.luca;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_ONE;
import static io.katanaluca.sync.luca.FakeLuca.SESSION_TWO;
import static io.katanaluca.sync.luca.FakeLuca.called;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.katanaluca.sync.MutableClock;
import io.katanaluca.sync.invoice.domain.InvoiceDraft;
import io.katanaluca.sync.invoice.domain.InvoiceDraft.Line;
import io.katanaluca.sync.remote.RemoteCallException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The invoice calls on the wire, and each way a create can fail, told apart. */
class LucaClientInvoiceWireTest {

    private static final String CREATE = "EkleFtrWsFaturaBaslik.do";
    private static final String LIST = "ListeleFtrSsFaturaBaslik.do";
    private static final String CREATED = "{\"ssFaturaBaslikId\":500001,\"belgeNo\":\"1\",\"error\":false,\"message\":\"EFA 1 numaralı fatura başarıyla kaydedildi.\"}";

    @RegisterExtension
    static WireMockExtension wm = FakeLuca.server();

    private final FakeLuca luca = new FakeLuca(wm);
    private LucaClient client;

    @BeforeEach
    void setUp() {
        luca.acceptsLoginsIssuing(SESSION_ONE, SESSION_TWO);
        client = luca.wire(luca.props(null, StandardCharsets.UTF_8, Duration.ofMillis(500)), new MutableClock(Instant.parse("2026-12-07T19:00:00Z")))
                .client();
    }

    @Test
    void shouldSendTheDraftInLucasFieldNamesWithPlainDecimalsAndAnEmptyNumber() {
        // given
        luca.answers(CREATE, okJson(CREATED));
        Line tenPieces = new Line(Line.STOCK, "TR-000001-1", new BigDecimal("1E+1"), new BigDecimal("12.5"), new BigDecimal("125.00"),
                new BigDecimal("0.10"), null, "000.003.001", null, 31000001L);
        InvoiceDraft draft = new InvoiceDraft("EFA", "07/12/2026", "06/01/2027", "KATANA-SO-7", "Katana sales order SO-1007", "76", "SO-1007",
                "TRY", BigDecimal.ONE, "KTN-1", "Çınar Ltd. Şti.", "1234567890", List.of(tenPieces), new BigDecimal("125.00"),
                new BigDecimal("12.50"));

        // when
        LucaCreatedInvoice created = client.createSalesInvoice(draft);

        // then
        assertThat(created).isEqualTo(new LucaCreatedInvoice(500001, "1"));
        luca.verify(1, called(CREATE).withRequestBody(equalToJson("""
                {"belgeSeri":"EFA","belgeNo":"","belgeTarihi":"07/12/2026","vadeTarihi":"06/01/2027","belgeTakipNo":"KATANA-SO-7",
                 "belgeAciklama":"Katana sales order SO-1007","belgeTurDetayId":"76","faturaTur":"1","musteriTedarikci":"1",
                 "siparisNo":"SO-1007","paraBirimKod":"TRY","kurBedeli":1,"cariKodu":"KTN-1","cariTanim":"Çınar Ltd. Şti.","vergiNo":"1234567890",
                 "detayList":[{"kartTuru":1,"kartKodu":"TR-000001-1","miktar":10,"birimFiyat":12.5,"tutar":125.00,"kdvOran":0.10,
                   "depoKodu":"000.003.001"}]}""")));
        assertThat(wm.getAllServeEvents()).filteredOn(event -> event.getRequest().getUrl().endsWith(CREATE)).singleElement()
                .satisfies(event -> assertThat(event.getRequest().getBodyAsString()).doesNotContain("E+").contains("\"miktar\":10,"));
    }

    @Test
    void shouldListWithLucasFilterShapeAndNoPagingAndReadTheTotalsExactly() {
        // given
        luca.answers(LIST, okJson("""
                {"list":[{"ssFaturaBaslikId":"500001","belgeSeri":"EFA","belgeNo":"1","belgeTarihi":"07/12/2026","belgeTakipNo":"KATANA-SO-7",
                  "cariKodu":"KTN-1","paraBirimKod":"TRY","netTutar":12345678901234567.89,"kdvTutar":"0.10","toplamTutar":null},
                 {"ssFaturaBaslikId":500002,"belgeTakipNo":"KATANA-SO-70"}]}"""));

        // when
        List<LucaInvoice> found = client.findSalesInvoices("KATANA-SO-7");

        // then
        assertThat(found).singleElement().satisfies(invoice -> {
            assertThat(invoice.ssFaturaBaslikId()).isEqualTo(500001);
            assertThat(invoice.netTutar()).isEqualTo(new BigDecimal("12345678901234567.89"));
            assertThat(invoice.kdvTutar()).isEqualTo(new BigDecimal("0.10"));
            assertThat(invoice.toplamTutar()).isNull();
        });
        luca.verify(1, called(LIST).withHeader("No-Paging", equalTo("true")).withRequestBody(equalToJson("""
                {"ftrSsFaturaBaslik":{"gnlOrgSsBelge":{"belgeTakipNoBas":"KATANA-SO-7","belgeTakipNoBit":"KATANA-SO-7","belgeTakipNoOp":"between"}},
                 "parUstHareketTuru":"16"}""")));
    }

    @Test
    void shouldReplayTheCreateOnceAfterAnExpiryReplyForTheActionDidNotRun() {
        // given
        luca.answers(CREATE, SESSION_ONE, okJson("{\"code\":1001,\"message\":\"Login olunmalı.\"}"));
        luca.answers(CREATE, SESSION_TWO, okJson(CREATED));

        // when
        LucaCreatedInvoice created = client.createSalesInvoice(InvoiceDrafts.euroInvoice(7, "EFA"));

        // then
        assertThat(created.ssFaturaBaslikId()).isEqualTo(500001);
        luca.verify(2, called(CREATE));
        luca.verifyLogins(2);
    }

    @Test
    void shouldReportATimeoutAfterSendingAsOutcomeUnknown() {
        // given
        luca.answers(CREATE, okJson(CREATED).withFixedDelay(2_000));

        // when
        LucaWriteOutcomeUnknownException unknown = catchThrowableOfType(LucaWriteOutcomeUnknownException.class,
                () -> client.createSalesInvoice(InvoiceDrafts.euroInvoice(7, "EFA")));

        // then
        assertThat(unknown.isTransient()).isFalse();
        assertThat(unknown.reason()).contains("no reply from Luca");
        luca.verify(1, called(CREATE));
    }

    @Test
    void shouldReportABrokenConnectionAfterSendingAsOutcomeUnknown() {
        // given
        luca.answers(CREATE, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        // when
        Throwable failure = catchThrowableOfType(RemoteCallException.class, () -> client.createSalesInvoice(InvoiceDrafts.euroInvoice(7, "EFA")));

        // then
        assertThat(failure).isInstanceOf(LucaWriteOutcomeUnknownException.class);
        luca.verify(1, called(CREATE));
    }

    @Test
    void shouldFindTheIdInTheListingWhenLucaAcceptsWithoutOne() {
        // given
        luca.answers(CREATE, okJson("{\"error\":false,\"message\":\"Fatura kaydedildi.\"}"));
        luca.answers(LIST, okJson("{\"list\":[{\"ssFaturaBaslikId\":500001,\"belgeNo\":\"1\",\"belgeTakipNo\":\"KATANA-SO-7\"},"
                + "{\"ssFaturaBaslikId\":500004,\"belgeNo\":\"4\",\"belgeTakipNo\":\"KATANA-SO-7\"}]}"));

        // when
        LucaCreatedInvoice created = client.createSalesInvoice(InvoiceDrafts.euroInvoice(7, "EFA"));

        // then: the newest of them, the one just made
        assertThat(created).isEqualTo(new LucaCreatedInvoice(500004, "4"));
    }

    @Test
    void shouldReportAnAcceptedCreateLucaNeitherNumbersNorListsAsOutcomeUnknown() {
        // given
        luca.answers(CREATE, okJson("{\"error\":false}"));
        luca.answers(LIST, okJson("{\"list\":[]}"));

        // when
        Throwable failure = catchThrowableOfType(RemoteCallException.class, () -> client.createSalesInvoice(InvoiceDrafts.euroInvoice(7, "EFA")));

        // then
        assertThat(failure).isInstanceOf(LucaWriteOutcomeUnknownException.class).hasMessageContaining("neither returned its ssFaturaBaslikId");
    }
}
