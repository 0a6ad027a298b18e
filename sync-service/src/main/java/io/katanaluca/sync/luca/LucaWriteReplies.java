package io.katanaluca.sync.luca;

import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads the replies to Luca's write actions ({@code {"error":false,"message":..}} with the new id
 * beside): a refusal becomes an exception carrying Luca's own words, built by the caller's
 * {@code refusal} so that each record type can tell its special cases (a used card code).
 */
final class LucaWriteReplies {

    private LucaWriteReplies() {
    }

    /** Throws unless the reply is an accepted write; {@code refusal} turns Luca's message into the exception to throw. */
    static void requireAccepted(JsonNode reply, String endpoint, Function<String, RuntimeException> refusal) {
        if (!reply.isObject()) {
            throw LucaFailures.rejected(endpoint, "Luca answered with something other than a JSON object: " + reply);
        }
        if (LucaJson.isErrorFlagSet(reply)) {
            throw LucaJson.message(reply).map(refusal)
                    .orElseGet(() -> LucaFailures.rejected(endpoint, "Luca rejected the request as malformed (a bare {\"error\":true})"));
        }
        long code = LucaJson.code(reply).orElse(0);
        if (code != 0) {
            throw LucaFailures.rejected(endpoint, "Luca answered code " + code + ": " + LucaJson.message(reply).orElse("no message"));
        }
    }

    /** A refusal of a write with nothing special about it: Luca's message as the reason. */
    static void requireAccepted(JsonNode reply, String endpoint) {
        requireAccepted(reply, endpoint, message -> LucaFailures.rejected(endpoint, message));
    }
}
