package io.katanaluca.sync.luca;

import java.util.List;
import java.util.Optional;

/** Reads the {@code JSESSIONID} value out of {@code Set-Cookie} headers. */
final class SessionCookie {

    private static final String NAME = "JSESSIONID";

    private SessionCookie() {
    }

    static Optional<String> jsessionId(List<String> setCookies) {
        return setCookies.stream()
                .map(SessionCookie::valueIfSessionCookie)
                .flatMap(Optional::stream)
                .reduce((first, last) -> last);
    }

    private static Optional<String> valueIfSessionCookie(String setCookie) {
        String pair = setCookie.split(";", 2)[0].strip();
        int equals = pair.indexOf('=');
        if (equals < 0 || !pair.substring(0, equals).strip().equals(NAME)) {
            return Optional.empty();
        }
        String value = pair.substring(equals + 1).strip().replace("\"", "");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
