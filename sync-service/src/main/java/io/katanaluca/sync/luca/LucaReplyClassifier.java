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

        /** The JSON of a usable reply; anything else as the exception that carries the retry decision. */
        JsonNode jsonOrThrow(String endpoint) {
            switch (kind) {
                case JSON:
                    return json;
                case SESSION_EXPIRED:
                    throw LucaFailures.sessionExpired(endpoint, reason);
                case REJECTED_STATUS:
                    throw LucaFailures.rejected(endpoint, reason);
                default:
                    throw LucaFailures.retryable(endpoint, reason);
            }
        }
    }

    private static final Set<Long> EXPIRY_CODES = Set.of(1001L, 1002L, 1003L);
    private static final Pattern EXPIRY_MESSAGE =
            Pattern.compile("login olunmal|[şs]irket [şs]ube se[çc]imi", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HTML =
            Pattern.compile("^\\s*<!doctype|<html|<head|<body", Pattern.CASE_INSENSITIVE);
    private static final Pattern ERROR_PAGE_MARKERS = Pattern.compile(
            "beklenmedik bir hata|hata olu[şs]tu|unable to instantiate action", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LOGIN_PAGE_MARKERS = Pattern.compile(
            "login|g[iİı]r[iİı][şs]|oturum|uyeNo|kullaniciAdi|type=[\"']?password", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LOGIN_LOCATION = Pattern.compile("giris|login", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

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
        if (HTML.matcher(body).find()) {
            return classifyHtml(body);
        }
        return verdict(Kind.NOT_JSON, "the reply is not JSON" + summary(body));
    }

    private static Verdict classifyJson(JsonNode json) {
        boolean expiryCode = LucaJson.code(json).stream().anyMatch(code -> EXPIRY_CODES.contains(code));
        boolean expiryMessage = LucaJson.message(json).filter(m -> EXPIRY_MESSAGE.matcher(m).find()).isPresent();
        if (expiryCode || expiryMessage) {
            return verdict(Kind.SESSION_EXPIRED, "Luca no longer knows the session ("
                    + LucaJson.code(json).stream().mapToObj(code -> "code " + code + ", ").findFirst().orElse("")
                    + "message " + LucaJson.message(json).orElse("none") + ")");
        }
        return new Verdict(Kind.JSON, json, "");
    }

    private static Verdict classifyHtml(String html) {
        if (isLoginPage(html)) {
            return verdict(Kind.SESSION_EXPIRED, "Luca answered with its login page");
        }
        return verdict(Kind.ERROR_PAGE, "Luca answered with an HTML page instead of JSON" + summary(title(html).orElse(html)));
    }

    /** A Luca error page can link back to the login page, so its own error text is looked for first. */
    static boolean isLoginPage(String html) {
        return !ERROR_PAGE_MARKERS.matcher(html).find() && LOGIN_PAGE_MARKERS.matcher(html).find();
    }

    private static boolean looksLikeJson(String body) {
        String trimmed = body.strip();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }

    private static Optional<String> title(String html) {
        var matcher = TITLE.matcher(html);
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    private static String summary(String text) {
        String flat = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? "" : ": " + (flat.length() > 160 ? flat.substring(0, 160) + "..." : flat);
    }

    private static Verdict verdict(Kind kind, String reason) {
        return new Verdict(kind, null, reason);
    }
}
