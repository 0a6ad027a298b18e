package io.katanaluca.sync.run;

import io.katanaluca.sync.record.Action;
import java.util.List;
import java.util.Map;

/**
 * What a run would do with one Katana record, and the exact Luca body it would send: for support
 * and for trust. Nothing is written.
 *
 * @param endpoint    the Luca action a run would call; null when it would call none (UNCHANGED, CHANGED, INVALID)
 * @param payload     the body; for UNCHANGED and CHANGED the body of a create, i.e. what Luca holds or would hold
 * @param payloadJson the body exactly as sent (plain decimals), before encoding in {@code luca.charset}
 */
public record MappingPreview(SyncType syncType, long katanaId, Long katanaParentId, String sku, String code, Action action, Long lucaId,
        String reason, List<String> warnings, List<String> changedFields, String endpoint, Map<String, Object> payload, String payloadJson) {
}
