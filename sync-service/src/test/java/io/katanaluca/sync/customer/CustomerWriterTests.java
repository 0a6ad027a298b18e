package io.katanaluca.sync.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sync.customer.domain.CustomerDraft;
import io.katanaluca.sync.customer.domain.CustomerDraft.Contact;
import io.katanaluca.sync.luca.InProcessLucaWritePermits;
import io.katanaluca.sync.luca.LucaClients;
import io.katanaluca.sync.luca.LucaProperties;
import io.katanaluca.sync.record.Action;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.run.LucaUnavailableException;
import io.katanaluca.sync.run.PendingRecord;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.ResilientLuca;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The customer writer against the Luca simulator through the real Luca client. */
class CustomerWriterTests {

    private final LucaSimulator luca = LucaSimulator.start(LucaSimulatorConfig.defaults());
    private final CircuitBreaker circuitBreaker = CircuitBreaker.ofDefaults("luca");
    private final CustomerWriter writer = new CustomerWriter(LucaClients.connectedTo(luca.baseUrl(), "1234", "demo", "demo-pass"),
            new ResilientLuca(Retry.of("luca", RetryConfig.custom().maxAttempts(3).intervalFunction(IntervalFunction.of(Duration.ofMillis(5)))
                    .retryOnException(e -> e instanceof RemoteCallException remote && remote.isTransient()).build()),
                    circuitBreaker, new LucaProperties(luca.baseUrl(), "1234", "demo", "demo-pass", null, null, null, null, null)),
            new InProcessLucaWritePermits(5));

    @AfterEach
    void stop() {
        luca.close();
    }

    @Test
    void shouldCreateTheAccountWithTurkishTextByteForByte() {
        var done = writer.write(pending(), draft("KTN-1", "Çağrı Öğüt Şişecam İĞÜŞÖÇ ı Ø×½"));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.CREATED);
        assertThat(luca.customerByCode("KTN-1")).hasValueSatisfying(account -> {
            assertThat(account.finansalNesneId()).isEqualTo(done.lucaId());
            assertThat(account.tanim().getBytes(StandardCharsets.UTF_8)).isEqualTo("Çağrı Öğüt Şişecam İĞÜŞÖÇ ı Ø×½".getBytes(StandardCharsets.UTF_8));
            assertThat(account.field("iletisimTanim").asString()).isEqualTo("ali@cinar.com.tr");
        });
    }

    @Test
    void shouldLinkAnAccountThatAppearedWithTheSameDataInsteadOfCreatingASecond() {
        long existing = luca.addCustomer(Map.of("tip", 1, "cariTipId", 5, "kartKod", "KTN-2", "tanim", "Çınar Ltd.", "kisaAd", "Çınar Ltd.",
                "yasalUnvan", "Çınar Ltd.", "paraBirimKod", "TRY", "iletisimTipId", 5, "iletisimTanim", "ali@cinar.com.tr")).finansalNesneId();

        var done = writer.write(pending(), draft("KTN-2", "Çınar Ltd."));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.UNCHANGED);
        assertThat(done.lucaId()).isEqualTo(existing);
        assertThat(luca.customers()).hasSize(1);
    }

    @Test
    void shouldReportAnAccountThatAppearedWithOtherDataAsNotUpdated() {
        luca.addCustomer(Map.of("tip", 1, "cariTipId", 5, "kartKod", "KTN-3", "tanim", "Eski Ünvan"));

        var done = writer.write(pending(), draft("KTN-3", "Yeni Ünvan"));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.NOT_UPDATED);
        assertThat(done.reason()).contains("Luca account not updated", "tanim", "paraBirimKod");
        assertThat(luca.customerByCode("KTN-3").orElseThrow().tanim()).isEqualTo("Eski Ünvan");
    }

    @Test
    void shouldFailWithLucasReasonWhenLucaRefusesTheAccount() {
        var done = writer.write(new PendingRecord(1, 7000001, null, null, "KTN-4", Action.CREATE, null, "hash", null), draft("KTN-4", "Çınar", "XYZ"));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.FAILED);
        assertThat(done.reason()).contains("Customer 7000001", "KTN-4", "Para birimi bulunamadı");
        assertThat(luca.customers()).isEmpty();
    }

    /** As for stock cards: an open circuit is the run's failure, not the account's, and stops the batch (and with it the run). */
    @Test
    void shouldStopInsteadOfFailingTheAccountWhenTheCircuitBreakerRefusesTheCall() {
        writer.write(pending(), draft("KTN-5", "Giriş önce"));
        circuitBreaker.transitionToOpenState();

        Throwable refused = catchThrowable(() -> writer.write(pending(), draft("KTN-6", "Çınar")));

        assertThat(refused).isInstanceOf(LucaUnavailableException.class)
                .hasMessageStartingWith("Calls to Luca at " + luca.baseUrl() + " are paused");
        assertThat(luca.customerByCode("KTN-6")).isEmpty();
    }

    private static PendingRecord pending() {
        return new PendingRecord(1, 7000001, null, null, "KTN-x", Action.CREATE, null, "hash", null);
    }

    private static CustomerDraft draft(String code, String name) {
        return draft(code, name, "TRY");
    }

    private static CustomerDraft draft(String code, String name, String currency) {
        return new CustomerDraft(code, CustomerDraft.COMPANY, 5, null, name, name.substring(0, Math.min(30, name.length())), name, null, null,
                null, null, currency, null, List.of(new Contact(Contact.EMAIL, "ali@cinar.com.tr")));
    }
}
