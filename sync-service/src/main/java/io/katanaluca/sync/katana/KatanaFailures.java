package io.katanaluca.sync.katana;

import io.katanaluca.sync.remote.RemoteCallException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Turns a Katana error response into a {@link RemoteCallException} that carries the retry decision. */
final class KatanaFailures {

    static final String SYSTEM = "Katana";
    static final String API_KEY_REJECTED = "Katana rejected the API key (HTTP 401); check katana.api-key / KATANA_API_KEY";
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    private static final int MAX_REASON_LENGTH = 500;

    private final Clock clock;

    KatanaFailures(Clock clock) {
        this.clock = clock;
    }

    RemoteCallException forResponse(HttpStatusCode status, HttpHeaders headers, byte[] body, String endpoint) {
        if (status.value() == 429) {
            return RemoteCallException.rateLimited(SYSTEM, endpoint, retryAfter(headers));
        }
        if (status.value() == 401) {
            return RemoteCallException.permanentFailure(SYSTEM, endpoint, API_KEY_REJECTED);
        }
        String reason = "HTTP " + status.value() + ": " + message(body);
        return status.is5xxServerError()
                ? RemoteCallException.transientFailure(SYSTEM, endpoint, reason, null)
                : RemoteCallException.permanentFailure(SYSTEM, endpoint, reason);
    }

    /** {@code Retry-After} is delta-seconds or an HTTP-date; anything else means Katana's usual 1 s. */
    Duration retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            return untilHttpDate(value.trim(), headers);
        }
    }

    private Duration untilHttpDate(String value, HttpHeaders headers) {
        try {
            Instant retryAt = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(serverNow(headers), retryAt);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException notADate) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    /** Measuring from the server's own {@code Date} keeps a skewed local clock out of the wait. */
    private Instant serverNow(HttpHeaders headers) {
        try {
            long date = headers.getDate();
            return date < 0 ? clock.instant() : Instant.ofEpochMilli(date);
        } catch (IllegalArgumentException unreadableDate) {
            return clock.instant();
        }
    }

    /** Katana's {@code message}, with validation {@code details} when it sends them. */
    static String message(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        try {
            JsonNode json = KatanaJson.MAPPER.readTree(text);
            JsonNode error = json.has("error") ? json.path("error") : json;
            String message = error.path("message").asString(error.path("name").asString(""));
            return shorten(message.isBlank() ? text : message + details(error.path("details")));
        } catch (JacksonException notJson) {
            return shorten(text);
        }
    }

    private static String details(JsonNode details) {
        if (!details.isArray() || details.isEmpty()) {
            return "";
        }
        return details.valueStream()
                .map(detail -> detail.path("path").asString("") + " " + detail.path("message").asString(""))
                .map(String::strip)
                .collect(Collectors.joining("; ", " (", ")"));
    }

    private static String shorten(String reason) {
        String shown = reason.isBlank() ? "(no message)" : reason;
        return shown.length() <= MAX_REASON_LENGTH ? shown : shown.substring(0, MAX_REASON_LENGTH) + "…";
    }
}
