package io.katanaluca.sync.invoice;

import io.katanaluca.sync.invoice.domain.InvoiceDraft;
import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.luca.LucaCreatedInvoice;
import io.katanaluca.sync.luca.LucaInvoice;
import io.katanaluca.sync.luca.LucaWriteOutcomeUnknownException;
import io.katanaluca.sync.luca.LucaWritePermits;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.remote.Setbacks;
import io.katanaluca.sync.run.JdbcRecordResultRepository.Completion;
import io.katanaluca.sync.run.LucaUnavailableException;
import io.katanaluca.sync.run.PendingRecord;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.RecordWrites;
import io.katanaluca.sync.run.ResilientLuca;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one order's invoice to Luca, exactly once. Luca has no idempotency key, so every create is
 * preceded by a lookup of its {@code belgeTakipNo} ({@code KATANA-SO-<id>}): an invoice Luca already
 * holds (written before a crash, a lost reply or by a repeated run) is adopted, never sent again.
 * A create whose reply was lost ({@link LucaWriteOutcomeUnknownException}) is never repeated: the
 * invoice is looked up and adopted; if Luca lists none, or the lookup itself fails, the order is
 * FAILED with a reason saying so, and the next run looks it up again before any create. Each Luca
 * call holds one of the cluster's write permits; an open circuit breaker stops the batch
 * ({@link LucaUnavailableException}) as for the other types.
 */
@Component
class InvoiceWriter {

    private static final Logger log = LoggerFactory.getLogger(InvoiceWriter.class);

    private final LucaClient luca;
    private final ResilientLuca resilient;
    private final LucaWritePermits permits;
    /** Luca's belgeNo of each written result, until its batch stores the mapping ({@link #belgeNoOf}). */
    private final Map<Long, String> numbers = new ConcurrentHashMap<>();

    InvoiceWriter(LucaClient luca, ResilientLuca resilient, LucaWritePermits permits) {
        this.luca = luca;
        this.resilient = resilient;
        this.permits = permits;
    }

    Completion write(PendingRecord pending, InvoiceDraft draft) {
        String subject = (pending.katanaParentId() == null ? "Order " + pending.katanaId() : "Delivery " + pending.katanaId() + " of order "
                + pending.katanaParentId()) + " (invoice " + draft.belgeTakipNo() + ")";
        return RecordWrites.guarded(pending, subject, () -> {
            Optional<LucaInvoice> held = lookUp(draft);
            if (held.isPresent()) {
                log.info("Luca already holds invoice {} as {}; adopted, not sent again", draft.belgeTakipNo(), held.get().ssFaturaBaslikId());
                return adopted(pending, held.get(), RecordOutcome.UNCHANGED, "Luca already held invoice " + label(held.get())
                        + " for " + draft.belgeTakipNo() + "; adopted, not sent again");
            }
            try {
                Setbacks.Collected<LucaCreatedInvoice> created = Setbacks.collect(() ->
                        resilient.call(() -> permits.withPermit(() -> luca.createSalesInvoice(draft))));
                numbers.put(pending.resultId(), String.valueOf(created.result().belgeNo()));
                return new Completion(pending.resultId(), RecordOutcome.CREATED, created.result().ssFaturaBaslikId(), null)
                        .withWarning(created.summary("written"));
            } catch (LucaWriteOutcomeUnknownException lost) {
                return reconcile(pending, draft, subject, lost);
            }
        });
    }

    /** The belgeNo Luca gave the invoice of this written result (once: the mapping keeps it from then on). */
    String belgeNoOf(long resultId) {
        String number = numbers.remove(resultId);
        return number == null || "null".equals(number) ? null : number;
    }

    private Completion reconcile(PendingRecord pending, InvoiceDraft draft, String subject, LucaWriteOutcomeUnknownException lost) {
        Optional<LucaInvoice> held;
        try {
            held = lookUp(draft);
        } catch (RemoteCallException e) {
            return failed(pending, subject, "the outcome of the create is unknown (" + lost.reason() + ") and looking it up failed ("
                    + e.reason() + "); it was not sent again: the next run looks " + draft.belgeTakipNo() + " up first");
        }
        if (held.isPresent()) {
            log.info("Luca's answer to invoice {} was lost; found it stored as {}, adopted", draft.belgeTakipNo(), held.get().ssFaturaBaslikId());
            return adopted(pending, held.get(), RecordOutcome.CREATED, "Luca's answer was lost (" + lost.reason() + "); invoice "
                    + label(held.get()) + " found stored by its belgeTakipNo and adopted, not sent again");
        }
        return failed(pending, subject, "Luca's answer was lost (" + lost.reason() + ") and Luca lists no invoice " + draft.belgeTakipNo()
                + "; it was not sent again in this run: the next run looks it up first and sends it only if Luca still holds none");
    }

    private Optional<LucaInvoice> lookUp(InvoiceDraft draft) {
        List<LucaInvoice> held = resilient.call(() -> permits.withPermit(() -> luca.findSalesInvoices(draft.belgeTakipNo())));
        return held.stream().findFirst();
    }

    private Completion adopted(PendingRecord pending, LucaInvoice invoice, RecordOutcome outcome, String note) {
        numbers.put(pending.resultId(), String.valueOf(invoice.belgeNo()));
        return new Completion(pending.resultId(), outcome, invoice.ssFaturaBaslikId(), null).withWarning(Optional.of(note));
    }

    private static Completion failed(PendingRecord pending, String subject, String reason) {
        return new Completion(pending.resultId(), RecordOutcome.FAILED, null, subject + ": " + reason);
    }

    private static String label(LucaInvoice invoice) {
        return invoice.belgeSeri() + " " + invoice.belgeNo() + " (ssFaturaBaslikId " + invoice.ssFaturaBaslikId() + ")";
    }
}
