package io.katanaluca.sync.run;

import io.katanaluca.sync.record.Action;
import java.time.Instant;
import java.util.List;

/**
 * One record of a run as the per-record results show it: what was planned, what happened, why.
 *
 * @param syncType the run's type (PRODUCT, MATERIAL or CUSTOMER); an ALL job has records of each
 * @param cardCode the Luca code: the stock card code, or a customer's account code
 * @param warnings what the mapping changed to make the record fit Luca (e.g. a name cut), and what its
 *                 write went through if it needed retries ("written after 2 retries (HTTP 500, session expired)")
 */
public record RecordResult(long id, long katanaId, Long katanaParentId, String sku, String cardCode, Action action,
        RecordOutcome outcome, String reason, Long lucaId, Instant finishedAt, SyncType syncType, List<String> warnings) {

    public RecordResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Without type and warnings, the shape before they existed. */
    public RecordResult(long id, long katanaId, Long katanaParentId, String sku, String cardCode, Action action,
            RecordOutcome outcome, String reason, Long lucaId, Instant finishedAt) {
        this(id, katanaId, katanaParentId, sku, cardCode, action, outcome, reason, lucaId, finishedAt, null, List.of());
    }
}
