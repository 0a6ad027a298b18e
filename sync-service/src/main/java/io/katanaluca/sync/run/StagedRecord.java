package io.katanaluca.sync.run;

import io.katanaluca.sync.record.Action;
import java.util.List;

/**
 * One planned record of any type, as it is staged in the per-record results.
 *
 * @param katanaParentId the product or material of a variant; null for a customer
 * @param sku            the SKU as Katana has it; null for a customer
 * @param code           the Luca code (card code or account code); null when there is none
 * @param lucaId         the Luca record to update or already holding it, if known
 * @param payload        what to write, stored as JSON for the writer; null when nothing is written
 */
public record StagedRecord(long katanaId, Long katanaParentId, String sku, String code, Action action, String reason, Long lucaId,
        String payloadHash, Object payload, List<String> warnings) {

    public StagedRecord {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    boolean needsWrite() {
        return action == Action.CREATE || action == Action.UPDATE;
    }
}
