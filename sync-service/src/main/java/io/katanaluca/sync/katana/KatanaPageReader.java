package io.katanaluca.sync.katana;

import io.katanaluca.sync.remote.RemoteCallException;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectReader;

/**
 * Reads one Katana list response: rate-limit headers first (errors carry them too), then either
 * the page or the failure.
 */
final class KatanaPageReader {

    /** The items of one page, as read by the endpoint's reader, and Katana's pagination header. */
    record Result<T>(List<T> items, KatanaPagination pagination) {
    }

    private final KatanaRateLimiter budget;
    private final KatanaFailures failures;

    KatanaPageReader(KatanaRateLimiter budget, KatanaFailures failures) {
        this.budget = budget;
        this.failures = failures;
    }

    <T> Result<T> read(ClientHttpResponse response, String endpoint, ObjectReader items) throws IOException {
        HttpHeaders headers = response.getHeaders();
        budget.onResponse(intHeader(headers, "X-Ratelimit-Remaining"), longHeader(headers, "X-Ratelimit-Reset"));
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw failures.forResponse(response.getStatusCode(), headers, response.getBody().readAllBytes(), endpoint);
        }
        KatanaPagination pagination = KatanaPagination.parse(headers.getFirst("X-Pagination"));
        return new Result<>(KatanaPageReader.<T>items(response, endpoint, items), pagination);
    }

    private static <T> List<T> items(ClientHttpResponse response, String endpoint, ObjectReader reader) throws IOException {
        try {
            return KatanaJson.readList(response.getBody(), reader);
        } catch (JacksonIOException cutOff) {
            throw RemoteCallException.transientFailure(KatanaFailures.SYSTEM, endpoint,
                    "Katana's response broke off: " + cutOff.getOriginalMessage(), cutOff);
        } catch (JacksonException unreadable) {
            throw unreadableList(endpoint, unreadable.getOriginalMessage());
        } catch (IllegalArgumentException unexpectedShape) {
            throw unreadableList(endpoint, unexpectedShape.getMessage());
        }
    }

    private static RemoteCallException unreadableList(String endpoint, String why) {
        return RemoteCallException.permanentFailure(KatanaFailures.SYSTEM, endpoint, "Katana sent a list we could not read: " + why);
    }

    static Integer intHeader(HttpHeaders headers, String name) {
        Long value = longHeader(headers, name);
        return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value);
    }

    static Long longHeader(HttpHeaders headers, String name) {
        String value = headers.getFirst(name);
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}
