package io.katanaluca.sync.remote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What calls got past on the way to their answer, noted on the calling thread: each retry after a
 * transient failure, each replay after Luca dropped the session. A record's write runs on one
 * thread, its retries included (a Resilience4j Retry waits on the calling thread), so collecting
 * around the write tells what that record went through. Outside {@link #collect} nothing is kept.
 */
public final class Setbacks {

    private static final ThreadLocal<List<String>> NOTED = new ThreadLocal<>();

    private Setbacks() {
    }

    /** Runs {@code work} and returns its result with the setbacks noted meanwhile; if it throws, they are dropped. */
    public static <T> Collected<T> collect(Supplier<T> work) {
        List<String> outer = NOTED.get();
        List<String> noted = new ArrayList<>();
        NOTED.set(noted);
        try {
            return new Collected<>(work.get(), List.copyOf(noted));
        } finally {
            restore(outer);
        }
    }

    /** Notes that a call is tried again after {@code setback}, e.g. "HTTP 500" or "session expired". */
    public static void note(String setback) {
        List<String> noted = NOTED.get();
        if (noted != null) {
            noted.add(setback);
        }
    }

    /** A failure in a few words: "session expired", "HTTP 500", "Luca answered with an HTML page instead of JSON". */
    public static String of(RemoteCallException failure) {
        if (failure.kind() == RemoteCallException.Kind.SESSION_EXPIRED) {
            return "session expired";
        }
        String reason = failure.reason();
        return reason.substring(0, Stream.of(": ", " (").mapToInt(reason::indexOf).filter(at -> at >= 0).min().orElse(reason.length()));
    }

    private static void restore(List<String> outer) {
        if (outer == null) {
            NOTED.remove();
        } else {
            NOTED.set(outer);
        }
    }

    /** A result and the setbacks on the way to it, in order. */
    public record Collected<T>(T result, List<String> setbacks) {

        /** E.g. "written after 3 retries (HTTP 500 ×2, session expired)"; empty when nothing had to be tried again. */
        public Optional<String> summary(String done) {
            if (setbacks.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Long> counts = setbacks.stream().collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
            String reasons = counts.entrySet().stream()
                    .map(reason -> reason.getValue() == 1 ? reason.getKey() : reason.getKey() + " ×" + reason.getValue())
                    .collect(Collectors.joining(", "));
            return Optional.of(done + " after " + setbacks.size() + (setbacks.size() == 1 ? " retry (" : " retries (") + reasons + ")");
        }
    }
}
