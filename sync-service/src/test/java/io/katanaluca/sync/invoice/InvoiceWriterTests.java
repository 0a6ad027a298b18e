package io.katanaluca.sync.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sync.invoice.domain.InvoiceDraft;
import io.katanaluca.sync.invoice.domain.InvoiceDraft.Line;
import io.katanaluca.sync.luca.InProcessLucaWritePermits;
import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.luca.LucaClients;
import io.katanaluca.sync.luca.LucaProperties;
import io.katanaluca.sync.record.Action;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.run.JdbcRecordResultRepository.Completion;
import io.katanaluca.sync.run.PendingRecord;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.ResilientLuca;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The invoice writer against the Luca simulator through the real Luca client: exactly one invoice
 * per order whatever became of Luca's reply, never a second create.
 */
class InvoiceWriterTests {

    private static final String CREATE = "EkleFtrWsFaturaBaslik.do";

    private final LucaSimulator luca = LucaSimulator.start(LucaSimulatorConfig.defaults());
    private final LucaClient client = spy(LucaClients.connectedTo(luca.baseUrl(), "1234", "demo", "demo-pass"));
    private final InvoiceWriter writer = new InvoiceWriter(client, new ResilientLuca(Retry.of("luca", RetryConfig.custom().maxAttempts(3)
            .intervalFunction(IntervalFunction.of(Duration.ofMillis(5)))
            .retryOnException(e -> e instanceof RemoteCallException remote && remote.isTransient()).build()),
            CircuitBreaker.ofDefaults("luca"), new LucaProperties(luca.baseUrl(), "1234", "demo", "demo-pass", null, null, null, null, null)),
            new InProcessLucaWritePermits(5));

    @BeforeEach
    void accountCardAndSession() {
        luca.addCustomer(Map.of("tip", 1, "cariTipId", 1, "kartKod", "KTN-1", "tanim", "Boğaziçi Tekstil A.Ş.", "vergiNo", "1234567890"));
        luca.addStockCard(Map.of("kartKodu", "TR-000001-1", "kartAdi", "Çelik Boru Ø35", "kartTuru", 1, "baslangicTarihi", "01/01/2025"));
        client.findSalesInvoices("KATANA-SO-0"); // the session (its branch change is a write, which a lost-reply fault would hit)
    }

    @AfterEach
    void stop() {
        luca.close();
    }

    @Test
    void shouldCreateTheInvoiceAndKeepLucasNumberForTheMapping() {
        Completion done = writer.write(pending(1), draft(30000001));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.CREATED);
        assertThat(done.lucaId()).isEqualTo(luca.invoices().get(0).ssFaturaBaslikId());
        assertThat(writer.belgeNoOf(1)).isEqualTo(luca.invoices().get(0).belgeNo());
        assertThat(luca.invoiceCount()).isEqualTo(1);
    }

    @Test
    void shouldAdoptTheInvoiceLucaStoredWhenItsReplyWasLostInsteadOfSendingItAgain() {
        luca.faults().loseNextReplies(1);

        Completion done = writer.write(pending(1), draft(30000001));

        assertThat(luca.lostReplyCount()).isEqualTo(1);
        assertThat(done.outcome()).isEqualTo(RecordOutcome.CREATED);
        assertThat(done.lucaId()).isEqualTo(luca.invoices().get(0).ssFaturaBaslikId());
        assertThat(done.warning()).contains("answer was lost", "adopted");
        assertThat(writer.belgeNoOf(1)).isEqualTo(luca.invoices().get(0).belgeNo());
        assertThat(luca.callCount(CREATE)).isEqualTo(1);
        assertThat(luca.invoiceCount()).isEqualTo(1);
    }

    @Test
    void shouldAdoptAnInvoiceLucaAlreadyHoldsForTheOrderWithoutSendingIt() {
        Completion first = writer.write(pending(1), draft(30000001));

        Completion again = writer.write(pending(2), draft(30000001));

        assertThat(again.outcome()).isEqualTo(RecordOutcome.UNCHANGED);
        assertThat(again.lucaId()).isEqualTo(first.lucaId());
        assertThat(again.warning()).contains("already held", "adopted");
        assertThat(luca.callCount(CREATE)).isEqualTo(1);
        assertThat(luca.invoiceCount()).isEqualTo(1);
    }

    @Test
    void shouldFailWithoutSendingAgainWhenTheCreateFailedAfterSendingAndLucaListsNoInvoice() {
        doAnswer(call -> {
            luca.faults().failNextCalls(1);
            return call.callRealMethod();
        }).when(client).createSalesInvoice(any());

        Completion done = writer.write(pending(1), draft(30000001));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.FAILED);
        assertThat(done.reason()).contains("Order 30000001", "lists no invoice KATANA-SO-30000001", "not sent again",
                "the next run looks it up first");
        assertThat(luca.callCount(CREATE)).isEqualTo(1);
        assertThat(luca.invoiceCount()).isZero();
    }

    @Test
    void shouldFailSayingTheOutcomeIsUnknownWhenTheLookupAfterALostReplyFails() {
        AtomicInteger lookups = new AtomicInteger();
        doAnswer(call -> {
            if (lookups.incrementAndGet() == 2) {
                throw RemoteCallException.permanentFailure("Luca", "ListeleFtrSsFaturaBaslik.do", "the listing broke");
            }
            return call.callRealMethod();
        }).when(client).findSalesInvoices(anyString());
        luca.faults().loseNextReplies(1);

        Completion done = writer.write(pending(1), draft(30000001));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.FAILED);
        assertThat(done.reason()).contains("outcome of the create is unknown", "the listing broke", "not sent again",
                "the next run looks KATANA-SO-30000001 up first");
        assertThat(luca.callCount(CREATE)).isEqualTo(1);
        assertThat(luca.invoiceCount()).isEqualTo(1);
    }

    private static PendingRecord pending(long resultId) {
        return new PendingRecord(resultId, 30000001, null, null, "KATANA-SO-30000001", Action.CREATE, null, "hash", null);
    }

    /** 2.5 × 19.99 less 10 % (44.98 net) at 20 % VAT, in lira. */
    private static InvoiceDraft draft(long orderId) {
        return new InvoiceDraft("EFA", "07/12/2026", "06/01/2027", "KATANA-SO-" + orderId, "Katana sales order SO-1001", "76", "SO-1001",
                "TRY", BigDecimal.ONE, "KTN-1", "Boğaziçi Tekstil A.Ş.", "1234567890", List.of(new Line(Line.STOCK, "TR-000001-1",
                        new BigDecimal("2.5"), new BigDecimal("19.99"), new BigDecimal("44.98"), new BigDecimal("0.20"), new BigDecimal("10"),
                        null, null, 31000001L)), new BigDecimal("44.98"), new BigDecimal("9.00"));
    }
}
