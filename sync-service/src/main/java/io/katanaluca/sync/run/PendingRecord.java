package io.katanaluca.sync.run;

import io.katanaluca.sync.record.Action;

/**
 * A staged create, update or delete of any record type waiting for its write to Luca, its payload
 * still JSON (the type reads it as its own draft).
 *
 * @param katanaParentId the product or material of a variant; null for a customer
 * @param sku            the SKU as Katana has it; null for a customer
 * @param code           the Luca code (card code or account code)
 * @param lucaId         the Luca record to update or delete, if known
 */
public record PendingRecord(long resultId, long katanaId, Long katanaParentId, String sku, String code, Action action, Long lucaId,
        String payloadHash, String payloadJson) {
}
