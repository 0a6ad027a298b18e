package io.katanaluca.sync.luca;

import java.util.Map;

/** One POST to a Luca action ({@code Giris.do}, {@code ListeleStkSkart.do}, ...): kept whole so it can be replayed. */
record LucaRequest(String endpoint, Map<String, ?> body, boolean noPaging) {

    static LucaRequest of(String endpoint, Map<String, ?> body) {
        return new LucaRequest(endpoint, body, false);
    }

    /** A list call: {@code No-Paging: true} asks Luca for every row, not its first page. */
    static LucaRequest listing(String endpoint, Map<String, ?> body) {
        return new LucaRequest(endpoint, body, true);
    }
}
