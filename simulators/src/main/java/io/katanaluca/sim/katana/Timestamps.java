package io.katanaluca.sim.katana;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Katana's timestamp format: ISO-8601 UTC with exactly three fraction digits. */
final class Timestamps {

    /** Instant.toString() drops zero millis; Katana always writes them. */
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** Lenient on input: clients send instants, offsets, local date-times or plain dates. */
    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(trimmed).toInstant());
        } catch (DateTimeParseException notOffset) {
            return parseWithoutOffset(trimmed);
        }
    }

    private static Optional<Instant> parseWithoutOffset(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notDateTime) {
            return parseDate(text);
        }
    }

    private static Optional<Instant> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }
}
