package io.katanaluca.sync.run;

import io.katanaluca.sync.record.Action;

/** A staged create or update of any record type, its payload still JSON. */
public record PendingRow(long resultId, long katanaId, String code, Action action, Long lucaId, String payloadHash, String payloadJson) {
}
