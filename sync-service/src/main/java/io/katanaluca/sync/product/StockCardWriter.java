package io.katanaluca.sync.product;

import io.katanaluca.sync.luca.DuplicateCodeException;
import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.luca.LucaWritePermits;
import io.katanaluca.sync.product.domain.StockCardCache;
import io.katanaluca.sync.product.domain.StockCardDraft;
import io.katanaluca.sync.record.Action;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.remote.Setbacks;
import io.katanaluca.sync.run.JdbcRecordResultRepository.Completion;
import io.katanaluca.sync.run.LucaUnavailableException;
import io.katanaluca.sync.run.PendingRecord;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.RecordWrites;
import io.katanaluca.sync.run.ResilientLuca;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes one planned card to Luca. A create answered "code already used" adopts the existing
 * card by its code and updates it: there is never a second card or a {@code -V2} code. Every Luca
 * call holds one of the cluster's write permits while it runs (not while its retry waits). A card
 * written only after retries says so in a warning on its record ("written after 2 retries (HTTP 500,
 * session expired)"). When Luca's circuit breaker refuses the call, the card is not written and
 * {@link LucaUnavailableException} stops the batch.
 */
@Component
class StockCardWriter {

    private static final Logger log = LoggerFactory.getLogger(StockCardWriter.class);

    private final LucaClient luca;
    private final ResilientLuca resilient;
    private final StockCardCache cache;
    private final LucaWritePermits permits;
    private final CardOwners owners;

    StockCardWriter(LucaClient luca, ResilientLuca resilient, StockCardCache cache, LucaWritePermits permits,
            CardOwners owners) {
        this.luca = luca;
        this.resilient = resilient;
        this.cache = cache;
        this.permits = permits;
        this.owners = owners;
    }

    /** @param draft the card to write; null for a delete */
    Completion write(PendingRecord pending, StockCardDraft draft) throws LucaUnavailableException {
        return RecordWrites.guarded(pending, "SKU '" + pending.sku() + "' (variant " + pending.katanaId() + ")", () -> {
            Setbacks.Collected<Completion> done = Setbacks.collect(() -> writeOnce(pending, draft));
            if (pending.action() == Action.DELETE) {
                return done.result().withWarning(done.summary("deleted"));
            }
            cache.put(draft.kartKodu(), done.result().lucaId());
            return done.result().withWarning(done.summary("written"));
        });
    }

    private Completion writeOnce(PendingRecord pending, StockCardDraft draft) {
        return switch (pending.action()) {
            case CREATE -> create(pending, draft);
            case DELETE -> delete(pending);
            default -> update(pending, draft, pending.lucaId());
        };
    }

    private Completion create(PendingRecord pending, StockCardDraft draft) {
        try {
            long skartId = withPermit(() -> luca.createStockCard(draft));
            return new Completion(pending.resultId(), RecordOutcome.CREATED, skartId, null);
        } catch (DuplicateCodeException e) {
            long existing = withPermit(() -> luca.findStockCardByCode(draft.kartKodu()))
                    .orElseThrow(() -> RemoteCallException.permanentFailure("Luca", "ListeleStkSkart.do",
                            "Luca says code '" + draft.kartKodu() + "' is used but lists no card with it"))
                    .skartId();
            log.info("Card {} already existed in Luca as {}; adopted", draft.kartKodu(), existing);
            return update(pending, draft, existing);
        }
    }

    private Completion update(PendingRecord pending, StockCardDraft draft, long skartId) {
        withPermit(() -> {
            luca.updateStockCard(skartId, draft);
            return null;
        });
        return new Completion(pending.resultId(), RecordOutcome.UPDATED, skartId, null);
    }

    /**
     * Deletes the card of a variant Katana deleted or archived, unless another variant's mapping
     * holds the same card now (Katana gave the SKU to a new variant): that card is kept.
     */
    private Completion delete(PendingRecord pending) {
        long skartId = pending.lucaId();
        Optional<Long> owner = owners.otherVariantWithCard(skartId, pending.katanaId());
        if (owner.isPresent()) {
            return new Completion(pending.resultId(), RecordOutcome.NOT_DELETED, skartId,
                    "Katana deleted or archived variant " + pending.katanaId() + ", but its Luca card (skartId " + skartId
                            + ") now belongs to variant " + owner.get() + "; kept");
        }
        withPermit(() -> {
            luca.deleteStockCard(skartId, pending.sku());
            return null;
        });
        return new Completion(pending.resultId(), RecordOutcome.DELETED, skartId, null);
    }

    private <T> T withPermit(Supplier<T> lucaCall) {
        return resilient.call(() -> permits.withPermit(lucaCall));
    }
}
