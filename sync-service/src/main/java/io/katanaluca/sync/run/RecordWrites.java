package io.katanaluca.sync.run;

import io.katanaluca.sync.run.JdbcRecordResultRepository.Completion;
import io.katanaluca.sync.remote.RemoteCallException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every record type's write ends: Luca's refusal, or a failure that outlasted its retries, is
 * the record's FAILED outcome with the reason; an open circuit breaker ({@link LucaUnavailableException})
 * is not a record's failure but the run's: it stops the batch, and with it the run.
 */
public final class RecordWrites {

    private static final Logger log = LoggerFactory.getLogger(RecordWrites.class);

    private RecordWrites() {
    }

    /** @param subject the record in the words of a failure reason, e.g. "SKU 'A-1' (variant 7)" */
    public static Completion guarded(PendingRecord pending, String subject, Supplier<Completion> write) {
        try {
            return write.get();
        } catch (RemoteCallException e) {
            return failed(pending, subject, e.reason() + (e.isTransient() ? " (gave up after retries; the next run tries again)" : ""));
        } catch (LucaUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Unexpected failure writing {}", subject, e);
            return failed(pending, subject, "unexpected error: " + e);
        }
    }

    private static Completion failed(PendingRecord pending, String subject, String reason) {
        return new Completion(pending.resultId(), RecordOutcome.FAILED, null, subject + ": " + reason);
    }
}
