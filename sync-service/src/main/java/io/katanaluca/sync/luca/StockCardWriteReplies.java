package io.katanaluca.sync.luca;

import java.util.OptionalLong;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads the replies to stock card create and update: {@code {"skartId":79409,"error":false,"message":..}},
 * also {@code {"stkSkart":{"skartId":..}}}. Refusals become permanent errors carrying Luca's words;
 * a used card code becomes a {@link DuplicateCodeException} so the caller can link the existing card.
 */
final class StockCardWriteReplies {

    private static final Pattern DUPLICATE = Pattern.compile(
            "daha [öo]nce kullan|zaten (var|mevcut|kay[ıi]tl)|already exists|duplicate", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // A used barcode is reported in the same words, but it is not the card code that is taken.
    private static final Pattern ABOUT_BARCODE = Pattern.compile("barkod|barcode", Pattern.CASE_INSENSITIVE);

    private StockCardWriteReplies() {
    }

    static void requireAccepted(JsonNode reply, String endpoint, String cardCode) {
        LucaWriteReplies.requireAccepted(reply, endpoint, message -> refusal(message, endpoint, cardCode));
    }

    /** The new card's id, if the reply says it. */
    static OptionalLong skartId(JsonNode reply) {
        OptionalLong topLevel = LucaJson.id(reply, "skartId");
        JsonNode nested = reply.get("stkSkart");
        return topLevel.isPresent() || nested == null || !nested.isObject() ? topLevel : LucaJson.id(nested, "skartId");
    }

    private static RuntimeException refusal(String message, String endpoint, String cardCode) {
        if (DUPLICATE.matcher(message).find() && !ABOUT_BARCODE.matcher(message).find()) {
            return new DuplicateCodeException(endpoint, cardCode, message);
        }
        return LucaFailures.rejected(endpoint, message);
    }
}
