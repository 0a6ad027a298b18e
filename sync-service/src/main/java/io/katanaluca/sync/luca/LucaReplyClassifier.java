package io.katanaluca.sync.luca;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Tells what a Luca reply really is. Luca reports an expired session as HTTP 200 with
 * {@code {"code":1001|1002|1003}} or "Login olunmalı", as its HTML login page, or (rarely) as 401;
 * and its failures as HTML error pages with status 200. Pure: no I/O, no session, no clock.
 * Only the reply's own {@code code} and {@code message} fields count, never a "1001" anywhere in
 * the body (a card named "1001 Gece Lambası" is not an expiry).
 */
final class LucaReplyClassifier {

    enum Kind { JSON, SESSION_EXPIRED, ERROR_PAGE, NOT_JSON, RETRYABLE_STATUS, REJECTED_STATUS }

    /** The judgement: a kind, the parsed JSON when there is some, and a reason a person can read. */
    record Verdict(Kind kind, JsonNode json, String reason) {

        boolean isExpired() {
            return kind == Kind.SESSION_EXPIRED;
        }

        /**
         * As {@link #jsonOrThrow(String)}, except that for an unrepeatable request an answer that
         * does not show whether the action ran (an error page, a 5xx, not JSON) leaves its outcome unknown.
         */
        JsonNode jsonOrThrow(LucaRequest request) {
            if (request.unrepeatable() && isUnclear()) {
                throw LucaFailures.outcomeUnknown(request.endpoint(), reason, null);
            }
            return jsonOrThrow(request.endpoint());
        }

        /** An expiry or a 4xx is Luca turning the call away before the action; these say nothing about it. */
        private boolean isUnclear() {
            return kind == Kind.ERROR_PAGE || kind == Kind.NOT_JSON || kind == Kind.RETRYABLE_STATUS;
        }

        /** The JSON of a usable reply; anything else as the exception that carries the retry decision. */
        JsonNode jsonOrThrow(String endpoint) {
            return switch (kind) {
                case JSON -> json;
                case SESSION_EXPIRED -> throw LucaFailures.sessionExpired(endpoint, reason);
                case REJECTED_STATUS -> throw LucaFailures.rejected(endpoint, reason);
                case ERROR_PAGE, NOT_JSON, RETRYABLE_STATUS -> throw LucaFailures.retryable(endpoint, reason);
            };
        }
    }

    private static final Set<Long> EXPIRY_CODES = Set.of(1001L, 1002L, 1003L);
    private static final Pattern EXPIRY_MESSAGE =
            Pattern.compile("login olunmal|[şs]irket [şs]ube se[çc]imi", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LOGIN_LOCATION = Pattern.compile("giris|login", Pattern.CASE_INSENSITIVE);

    private LucaReplyClassifier() {
    }

    static Verdict classify(LucaReply reply) {
        int status = reply.status();
        if (status == 401) {
            return verdict(Kind.SESSION_EXPIRED, "HTTP 401");
        }
        if (status >= 300 && status < 400) {
            return classifyRedirect(reply);
        }
        if (status == 429 || status >= 500) {
            return verdict(Kind.RETRYABLE_STATUS, "HTTP " + status + summary(reply.body()));
        }
        if (status >= 400) {
            return verdict(Kind.REJECTED_STATUS, "HTTP " + status + summary(reply.body()));
        }
        return classifyBody(reply.body());
    }

    private static Verdict classifyRedirect(LucaReply reply) {
        String location = reply.location() == null ? "" : reply.location();
        return LOGIN_LOCATION.matcher(location).find()
                ? verdict(Kind.SESSION_EXPIRED, "redirected to the login page " + location)
                : verdict(Kind.RETRYABLE_STATUS, "HTTP " + reply.status() + " redirect to " + location);
    }

    private static Verdict classifyBody(String body) {
        Optional<JsonNode> json = looksLikeJson(body) ? LucaJson.read(body) : Optional.empty();
        if (json.isPresent()) {
            return classifyJson(json.get());
        }
        if (LucaHtml.isHtml(body)) {
            return classifyHtml(body);
        }
        return verdict(Kind.NOT_JSON, "the reply is not JSON" + summary(body));
    }

    private static Verdict classifyJson(JsonNode json) {
        return isExpiryReply(json)
                ? verdict(Kind.SESSION_EXPIRED, "Luca no longer knows the session (code " + LucaJson.code(json).stream()
                        .mapToObj(Long::toString).findFirst().orElse("none") + ", message " + LucaJson.message(json).orElse("none") + ")")
                : new Verdict(Kind.JSON, json, "");
    }

    private static boolean isExpiryReply(JsonNode json) {
        return LucaJson.code(json).stream().anyMatch(EXPIRY_CODES::contains)
                || LucaJson.message(json).filter(message -> EXPIRY_MESSAGE.matcher(message).find()).isPresent();
    }

    private static Verdict classifyHtml(String html) {
        return LucaHtml.isLoginPage(html)
                ? verdict(Kind.SESSION_EXPIRED, "Luca answered with its login page")
                : verdict(Kind.ERROR_PAGE, "Luca answered with an HTML page instead of JSON" + summary(html));
    }

    private static boolean looksLikeJson(String body) {
        String trimmed = body.strip();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }

    private static String summary(String body) {
        String text = LucaHtml.summary(body);
        return text.isEmpty() ? "" : ": " + text;
    }

    private static Verdict verdict(Kind kind, String reason) {
        return new Verdict(kind, null, reason);
    }
}
