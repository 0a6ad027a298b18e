package io.katanaluca.sync.luca;

import static io.katanaluca.sync.luca.InvoiceDrafts.euroInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sim.luca.StoredInvoice;
import io.katanaluca.sync.invoice.domain.ListedInvoice;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.run.ResilientLuca;
import io.katanaluca.sync.system.ResilienceConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sales invoices against the Luca simulator, which is as strict as Luca about them, through the client as the service wires it. */
class LucaClientInvoiceTest {

    private static final String INVOICE = "EkleFtrWsFaturaBaslik.do";

    private final LucaSimulator luca = LucaSimulator.start(LucaSimulatorConfig.defaults());
    private final LucaClient client = LucaClients.connectedTo(luca.baseUrl(), "1234", "demo", "demo-pass");

    @BeforeEach
    void accountAndCard() {
        luca.addCustomer(Map.of("tip", 1, "cariTipId", 1, "kartKod", InvoiceDrafts.ACCOUNT, "tanim", "Boğaziçi Tekstil A.Ş.",
                "vergiNo", "1234567890"));
        luca.addStockCard(Map.of("kartKodu", InvoiceDrafts.CARD, "kartAdi", "Çelik Boru Ø35", "kartTuru", 1, "baslangicTarihi", "01/01/2025"));
    }

    @AfterEach
    void stop() {
        luca.close();
    }

    @Test
    void shouldCreateAnInvoiceLucaNumbersThenFindItByItsTrackingNumberAndDeleteIt() {
        // when
        LucaCreatedInvoice created = client.createSalesInvoice(euroInvoice(30000001, "EFA"));
        LucaCreatedInvoice second = client.createSalesInvoice(euroInvoice(30000002, "EFA"));
        List<LucaInvoice> found = client.findSalesInvoices("KATANA-SO-30000001");

        // then: Luca gave the numbers; the body arrived with plain decimals and the lines
        StoredInvoice stored = luca.invoiceByTrackingNo("KATANA-SO-30000001").orElseThrow();
        assertThat(created).isEqualTo(new LucaCreatedInvoice(stored.ssFaturaBaslikId(), "1"));
        assertThat(second.belgeNo()).isEqualTo("2");
        assertThat(stored.field("kurBedeli").toString()).isEqualTo("35.4217");
        assertThat(stored.field("detayList").get(0).path("kdvOran").toString()).isEqualTo("0.20");
        assertThat(stored.field("cariTanim").asString()).isEqualTo("Boğaziçi Tekstil A.Ş.");
        assertThat(found).singleElement().satisfies(invoice -> {
            assertThat(invoice.ssFaturaBaslikId()).isEqualTo(created.ssFaturaBaslikId());
            assertThat(invoice.belgeSeri()).isEqualTo("EFA");
            assertThat(invoice.belgeNo()).isEqualTo("1");
            assertThat(invoice.belgeTarihi()).isEqualTo("07/12/2026");
            assertThat(invoice.cariKodu()).isEqualTo(InvoiceDrafts.ACCOUNT);
            assertThat(invoice.paraBirimKod()).isEqualTo("EUR");
            assertThat(invoice.netTutar()).isEqualByComparingTo(stored.netTotal()).isEqualByComparingTo("70.48");
            assertThat(invoice.kdvTutar()).isEqualByComparingTo("14.10");
            assertThat(invoice.toplamTutar()).isEqualByComparingTo("84.58");
            assertThat(invoice.toListed()).isEqualTo(new ListedInvoice(created.ssFaturaBaslikId(), "1", "KATANA-SO-30000001"));
        });

        // and when
        client.deleteSalesInvoice(created.ssFaturaBaslikId());

        // then
        assertThat(client.findSalesInvoices("KATANA-SO-30000001")).isEmpty();
        assertThat(luca.invoices()).extracting(StoredInvoice::belgeTakipNo).containsExactly("KATANA-SO-30000002");
    }

    @Test
    void shouldListByTrackingNumberAndDateRanges() {
        // given
        client.createSalesInvoice(euroInvoice(1, "EFA"));
        client.createSalesInvoice(euroInvoice(2, "EFA"));
        client.createSalesInvoice(euroInvoice(10, "EFA"));
        client.createSalesInvoice(euroInvoice(3, "EFA"));

        // when
        List<LucaInvoice> range = client.listSalesInvoices("KATANA-SO-1", "KATANA-SO-2", null, null);
        List<LucaInvoice> thatDay = client.listSalesInvoices(null, null, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7));
        List<LucaInvoice> dayBefore = client.listSalesInvoices(null, null, null, LocalDate.of(2026, 12, 6));

        // then: tracking numbers compare as text, so the range also holds ...10; the exact look-up drops it
        assertThat(range).extracting(LucaInvoice::belgeTakipNo).containsExactly("KATANA-SO-1", "KATANA-SO-2", "KATANA-SO-10");
        assertThat(client.findSalesInvoices("KATANA-SO-1")).extracting(LucaInvoice::belgeTakipNo).containsExactly("KATANA-SO-1");
        assertThat(thatDay).hasSize(4);
        assertThat(dayBefore).isEmpty();
    }

    @Test
    void shouldSurfaceLucasRefusalAsAPermanentFailureCarryingItsMessage() {
        // when
        RemoteCallException refused = catchThrowableOfType(RemoteCallException.class, () -> client.createSalesInvoice(euroInvoice(30000001, "A")));

        // then
        assertThat(refused).isNotInstanceOf(LucaWriteOutcomeUnknownException.class);
        assertThat(refused.isTransient()).isFalse();
        assertThat(refused.endpoint()).isEqualTo(INVOICE);
        assertThat(refused.reason()).isEqualTo("Belge Seri bulunamadı!");
        assertThat(luca.invoiceCount()).isZero();
    }

    @Test
    void shouldReportALostReplyAsOutcomeUnknownWithoutRetryingItSoTheListingFindsTheOneInvoice() {
        // given: the resilience layer the runs use, with retries to spare, and a session (the branch change is a write too)
        ResilientLuca resilient = resilient();
        client.findSalesInvoices("KATANA-SO-0");
        luca.faults().loseNextReplies(1);

        // when
        LucaWriteOutcomeUnknownException unknown = catchThrowableOfType(LucaWriteOutcomeUnknownException.class,
                () -> resilient.call(() -> client.createSalesInvoice(euroInvoice(30000001, "EFA"))));

        // then
        assertThat(unknown.isTransient()).isFalse();
        assertThat(unknown.endpoint()).isEqualTo(INVOICE);
        assertThat(unknown.reason()).contains("may or may not have stored it");
        assertThat(luca.lostReplyCount()).isEqualTo(1);
        assertThat(luca.callCount(INVOICE)).isEqualTo(1);
        assertThat(client.findSalesInvoices("KATANA-SO-30000001")).singleElement()
                .satisfies(invoice -> assertThat(invoice.ssFaturaBaslikId()).isEqualTo(luca.invoices().get(0).ssFaturaBaslikId()));
        assertThat(luca.invoiceCount()).isEqualTo(1);
    }

    @Test
    void shouldReportAnErrorPageAfterSendingAsOutcomeUnknownWithoutRetryingIt() {
        // given
        ResilientLuca resilient = resilient();
        client.findSalesInvoices("KATANA-SO-0");
        luca.faults().failNextCalls(1);

        // when
        LucaWriteOutcomeUnknownException unknown = catchThrowableOfType(LucaWriteOutcomeUnknownException.class,
                () -> resilient.call(() -> client.createSalesInvoice(euroInvoice(30000001, "EFA"))));

        // then: this time Luca had not stored it, which only the listing can tell
        assertThat(unknown.reason()).contains("HTTP 500");
        assertThat(luca.callCount(INVOICE)).isEqualTo(1);
        assertThat(client.findSalesInvoices("KATANA-SO-30000001")).isEmpty();
    }

    @Test
    void shouldLogInAgainAndCreateExactlyOneInvoiceWhenTheSessionExpiredBeforeTheCreate() {
        // given: a session, which Luca then ends
        client.findSalesInvoices("KATANA-SO-0");
        luca.expireAllSessions();

        // when
        LucaCreatedInvoice created = client.createSalesInvoice(euroInvoice(30000001, "EFA"));

        // then
        assertThat(luca.invoices()).singleElement().satisfies(invoice -> assertThat(invoice.ssFaturaBaslikId()).isEqualTo(created.ssFaturaBaslikId()));
        assertThat(luca.loginCount()).isEqualTo(2);
        assertThat(luca.callCount(INVOICE)).isEqualTo(2);
    }

    @Test
    void shouldFailTransientlyWhenLucaCannotBeReachedSinceNothingWasSent() {
        // given
        client.findSalesInvoices("KATANA-SO-0");
        luca.goOffline();

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, () -> client.createSalesInvoice(euroInvoice(30000001, "EFA")));

        // then
        assertThat(failure).isNotInstanceOf(LucaWriteOutcomeUnknownException.class);
        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.couldNotConnect()).isTrue();
        luca.goOnline();
        assertThat(luca.invoiceCount()).isZero();
    }

    private ResilientLuca resilient() {
        Retry retry = Retry.of("luca", RetryConfig.custom().maxAttempts(4).intervalFunction(IntervalFunction.of(Duration.ofMillis(5)))
                .retryOnException(ResilienceConfiguration::isTransientFailure).build());
        return new ResilientLuca(retry, CircuitBreaker.ofDefaults("luca"),
                new LucaProperties(luca.baseUrl(), "1234", "demo", "demo-pass", null, null, null, null, null));
    }
}
