package io.katanaluca.sync.customer;

import io.katanaluca.sync.customer.domain.CustomerDraft;
import io.katanaluca.sync.customer.domain.CustomerPlanner;
import io.katanaluca.sync.luca.DuplicateCodeException;
import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.luca.LucaCustomer;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates one planned account in Luca. A create answered "code already used" (an account made
 * since the run listed Luca) links the existing account if its listed data agrees, and reports it
 * as not updated if not: there is never a second account for one code. Each Luca call holds one
 * of the cluster's write permits while it runs. When Luca's circuit breaker refuses the call, the
 * account is not written and {@link LucaUnavailableException} stops the batch, as for stock cards.
 */
@Component
class CustomerWriter {

    private static final Logger log = LoggerFactory.getLogger(CustomerWriter.class);

    private final LucaClient luca;
    private final ResilientLuca resilient;
    private final LucaWritePermits permits;

    CustomerWriter(LucaClient luca, ResilientLuca resilient, LucaWritePermits permits) {
        this.luca = luca;
        this.resilient = resilient;
        this.permits = permits;
    }

    Completion write(PendingRecord pending, CustomerDraft draft) {
        return RecordWrites.guarded(pending, "Customer " + pending.katanaId() + " (account " + pending.code() + ")", () -> {
            try {
                Setbacks.Collected<Long> created = Setbacks.collect(() -> resilient.call(() -> permits.withPermit(() -> luca.createCustomer(draft))));
                return new Completion(pending.resultId(), RecordOutcome.CREATED, created.result(), null).withWarning(created.summary("written"));
            } catch (DuplicateCodeException e) {
                return linkExisting(pending, draft);
            }
        });
    }

    private Completion linkExisting(PendingRecord pending, CustomerDraft draft) {
        LucaCustomer existing = resilient.call(() -> permits.withPermit(() -> luca.findCustomerByCode(draft.kartKod()))).orElseThrow(() ->
                RemoteCallException.permanentFailure("Luca", "ListeleFinMusteri.do", "Luca says account code '" + draft.kartKod()
                        + "' is used but lists no account with it"));
        List<String> differences = CustomerPlanner.differingFromListing(draft.fields(), existing.fields());
        if (differences.isEmpty()) {
            log.info("Account {} already existed in Luca as {}; linked", draft.kartKod(), existing.finansalNesneId());
            return new Completion(pending.resultId(), RecordOutcome.UNCHANGED, existing.finansalNesneId(), null);
        }
        return new Completion(pending.resultId(), RecordOutcome.NOT_UPDATED, existing.finansalNesneId(), CustomerPlanner.notUpdatedReason(
                "Luca already holds account " + draft.kartKod() + " with other data; it was not updated", differences));
    }
}
