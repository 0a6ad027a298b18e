package io.katanaluca.sync.run;

import io.katanaluca.sync.product.PlannedItem.Action;
import java.time.Instant;

/** One record of a run as the per-record results show it: what was planned, what happened, why. */
public record RecordResult(long id, long katanaId, Long katanaParentId, String sku, String cardCode, Action action,
        RecordOutcome outcome, String reason, Long lucaId, Instant finishedAt) {
}
