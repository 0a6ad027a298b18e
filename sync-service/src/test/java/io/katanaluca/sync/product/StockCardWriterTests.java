package io.katanaluca.sync.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sync.cache.CaffeineStockCardCache;
import io.katanaluca.sync.luca.InProcessLucaWritePermits;
import io.katanaluca.sync.luca.LucaClients;
import io.katanaluca.sync.luca.LucaProperties;
import io.katanaluca.sync.record.Action;
import io.katanaluca.sync.product.domain.StockCardDraft;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.run.JdbcRecordResultRepository.Completion;
import io.katanaluca.sync.run.LucaUnavailableException;
import io.katanaluca.sync.run.PendingRecord;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.ResilientLuca;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The writer against the Luca simulator through the real Luca client. */
class StockCardWriterTests {

    private static final int MAX_RETRIES = 3;

    private final LucaSimulator luca = LucaSimulator.start(LucaSimulatorConfig.defaults());
    private final CaffeineStockCardCache cache = new CaffeineStockCardCache();
    private final Map<Long, Long> otherOwners = new HashMap<>();
    private final CircuitBreaker circuitBreaker = CircuitBreaker.ofDefaults("luca");
    private final StockCardWriter writer = new StockCardWriter(LucaClients.connectedTo(luca.baseUrl(), "1234", "demo", "demo-pass"),
            new ResilientLuca(fastRetry(), circuitBreaker, new LucaProperties(luca.baseUrl(), "1234", "demo", "demo-pass", null, null, null, null, null)),
            cache, new InProcessLucaWritePermits(5), (skartId, variantId) -> Optional.ofNullable(otherOwners.get(skartId)));

    @AfterEach
    void stop() {
        luca.close();
    }

    @Test
    void shouldAdoptTheExistingCardWhenLucaSaysTheCodeIsAlreadyUsed() {
        long existing = luca.addStockCard(Map.of("kartKodu", "TR-1", "kartAdi", "Eski ad", "kartTuru", 1, "baslangicTarihi", "01/01/2025")).skartId();

        var done = write(pending(Action.CREATE, null, draft("TR-1", "Çelik Boru Ø35")));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.UPDATED);
        assertThat(done.lucaId()).isEqualTo(existing);
        assertThat(luca.stockCards()).hasSize(1);
        assertThat(luca.stockCardByCode("TR-1")).hasValueSatisfying(card -> assertThat(card.kartAdi()).isEqualTo("Çelik Boru Ø35"));
        assertThat(cache.skartIdFor("TR-1")).contains(existing);
    }

    @Test
    void shouldCreateAndRememberANewCard() {
        var done = write(pending(Action.CREATE, null, draft("TR-2", "Şişe ½ L")));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.CREATED);
        assertThat(luca.stockCardByCode("TR-2")).hasValueSatisfying(card -> assertThat(card.skartId()).isEqualTo(done.lucaId()));
        assertThat(cache.skartIdFor("TR-2")).contains(done.lucaId());
        assertThat(done.warning()).isNull();
    }

    @Test
    void shouldRetryTransientFailuresAndSucceed() {
        luca.faults().failNextCalls(2);

        var done = write(pending(Action.CREATE, null, draft("TR-3", "Vida")));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.CREATED);
        assertThat(luca.stockCards()).hasSize(1);
        assertThat(done.warning()).isEqualTo("written after 2 retries (HTTP 500 ×2)");
    }

    @Test
    void shouldSayOnTheRecordThatItsWriteReplayedAfterAnExpiredSession() {
        write(pending(Action.CREATE, null, draft("TR-0", "Login first")));
        luca.expireAllSessions();

        var done = write(pending(Action.CREATE, null, draft("TR-6", "Pul")));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.CREATED);
        assertThat(done.warning()).isEqualTo("written after 1 retry (session expired)");
    }

    @Test
    void shouldGiveUpAfterTheRetriesWithAReason() {
        write(pending(Action.CREATE, null, draft("TR-0", "Login first")));
        long createsBefore = luca.callCount("EkleStkWsSkart.do");
        luca.faults().setFailureRate5xx(1.0);

        var done = write(pending(Action.CREATE, null, draft("TR-4", "Somun")));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.FAILED);
        assertThat(done.reason()).contains("TR-4", "gave up after retries");
        assertThat(luca.callCount("EkleStkWsSkart.do") - createsBefore).isEqualTo(MAX_RETRIES + 1);
    }

    @Test
    void shouldFailAValidationErrorAtOnceWithLucasMessage() {
        write(pending(Action.CREATE, null, draft("TR-0", "Login first")));
        long createsBefore = luca.callCount("EkleStkWsSkart.do");

        var done = write(pending(Action.CREATE, null, draft("TR-5", " ")));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.FAILED);
        assertThat(done.reason()).contains("kartAdi");
        assertThat(luca.callCount("EkleStkWsSkart.do") - createsBefore).isEqualTo(1);
    }

    @Test
    void shouldDeleteTheCardOfAVariantRemovedInKatana() throws Exception {
        long skartId = write(pending(Action.CREATE, null, draft("TR-6", "Masa"))).lucaId();

        var done = write(new Pending(new PendingRecord(1, 10, 20L, "TR-6", null, Action.DELETE, skartId, null, null), null));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.DELETED);
        assertThat(done.lucaId()).isEqualTo(skartId);
        assertThat(luca.stockCardByCode("TR-6")).isEmpty();
        assertThat(luca.callCount("SilStkSkart.do")).isEqualTo(1);
    }

    @Test
    void shouldKeepACardThatAnotherVariantHoldsNow() throws Exception {
        long skartId = write(pending(Action.CREATE, null, draft("TR-7", "Sandalye"))).lucaId();
        otherOwners.put(skartId, 11L);

        var done = write(new Pending(new PendingRecord(1, 10, 20L, "TR-7", null, Action.DELETE, skartId, null, null), null));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.NOT_DELETED);
        assertThat(done.reason()).contains("now belongs to variant 11");
        assertThat(luca.stockCardByCode("TR-7")).isPresent();
        assertThat(luca.callCount("SilStkSkart.do")).isZero();
    }

    @Test
    void shouldFailADeleteLucaRefusesWithItsWords() throws Exception {
        var done = write(new Pending(new PendingRecord(1, 10, 20L, "TR-8", null, Action.DELETE, 424242L, null, null), null));

        assertThat(done.outcome()).isEqualTo(RecordOutcome.FAILED);
        assertThat(done.reason()).contains("TR-8", "Stok kartı bulunamadı");
    }

    @Test
    void shouldStopWithLucasAddressAndLastFailureWhenTheCircuitBreakerRefusesTheCall() {
        write(pending(Action.CREATE, null, draft("TR-0", "Login first")));
        luca.goOffline();
        var gaveUp = write(pending(Action.CREATE, null, draft("TR-7", "Kapak")));
        circuitBreaker.transitionToOpenState();

        Throwable refused = catchThrowable(() -> write(pending(Action.CREATE, null, draft("TR-8", "Conta"))));

        assertThat(gaveUp.outcome()).isEqualTo(RecordOutcome.FAILED);
        assertThat(gaveUp.reason()).contains("Luca could not be reached at " + luca.baseUrl(), "gave up after retries");
        assertThat(refused).isInstanceOf(LucaUnavailableException.class)
                .hasMessageStartingWith("Calls to Luca at " + luca.baseUrl() + " are paused for 60 s after repeated failures")
                .hasMessageContaining("the last one: Luca could not be reached at " + luca.baseUrl());
        assertThat(cache.skartIdFor("TR-8")).isEmpty();
    }

    private static Pending pending(Action action, Long skartId, StockCardDraft draft) {
        return new Pending(new PendingRecord(1, 10, 20L, draft.kartKodu(), draft.kartKodu(), action, skartId, "hash", null), draft);
    }

    private Completion write(Pending pending) {
        return writer.write(pending.record(), pending.draft());
    }

    /** A staged write and the card it writes (null for a delete). */
    private record Pending(PendingRecord record, StockCardDraft draft) {
    }

    private static StockCardDraft draft(String code, String name) {
        return new StockCardDraft(code, name, 1, LocalDate.of(2026, 11, 25), null, 1L, null, new BigDecimal("0.20"),
                new BigDecimal("10"), new BigDecimal("15.5"));
    }

    private static Retry fastRetry() {
        return Retry.of("luca", RetryConfig.custom().maxAttempts(MAX_RETRIES + 1)
                .intervalFunction(IntervalFunction.of(Duration.ofMillis(5)))
                .retryOnException(error -> error instanceof RemoteCallException remote && remote.isTransient())
                .build());
    }
}
