package io.katanaluca.sync.luca;

import java.util.Map;

/**
 * One POST to a Luca action ({@code Giris.do}, {@code ListeleStkSkart.do}, ...): kept whole so it can be replayed.
 *
 * @param unrepeatable a create Luca has no idempotency key for: once it may have reached Luca, a failure
 *                     is {@link LucaWriteOutcomeUnknownException}, never one that invites a retry
 */
record LucaRequest(String endpoint, Map<String, ?> body, boolean noPaging, boolean unrepeatable) {

    static LucaRequest of(String endpoint, Map<String, ?> body) {
        return new LucaRequest(endpoint, body, false, false);
    }

    /** A list call: {@code No-Paging: true} asks Luca for every row, not its first page. */
    static LucaRequest listing(String endpoint, Map<String, ?> body) {
        return new LucaRequest(endpoint, body, true, false);
    }

    /** A create that must not be sent twice (an invoice): see {@link LucaWriteOutcomeUnknownException}. */
    static LucaRequest unrepeatable(String endpoint, Map<String, ?> body) {
        return new LucaRequest(endpoint, body, false, true);
    }
}
