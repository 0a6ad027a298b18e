package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.Json;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One call to the emulated API.
 *
 * @param session  the caller's live session, or null
 * @param noPaging whether the {@code No-Paging: true} header was sent
 */
record LucaCall(String action, String method, String body, String sessionId, LucaSession session, boolean noPaging) {

    LucaCall withSession(LucaSession session) {
        return new LucaCall(action, method, body, sessionId, session, noPaging);
    }

    /** Empty when the body is blank or not JSON. */
    Optional<JsonNode> json() {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.parse(body));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** As {@link #json()}, but a blank body reads as {@code {}} (list calls). */
    Optional<JsonNode> jsonOrEmptyObject() {
        return body == null || body.isBlank() ? Optional.of(Json.object()) : json();
    }
}
