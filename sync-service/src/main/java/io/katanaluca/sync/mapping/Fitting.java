package io.katanaluca.sync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits the text fields of one record into Luca's limits, collecting what it did: the warnings
 * (text cut) and the first failure (a code too long, or any text under the FAIL policy).
 */
public final class Fitting {

    private final FieldLimits limits;
    private final List<String> warnings = new ArrayList<>();
    private String failure;

    Fitting(FieldLimits limits) {
        this.limits = limits;
    }

    /** The text as Luca can take it: unchanged, cut with a warning, or unchanged with a failure noted. */
    public String fit(String field, String text) {
        Optional<Integer> max = limits.maxLengthOf(field);
        if (text == null || max.isEmpty() || text.length() <= max.get()) {
            return text;
        }
        if (limits.policy() == FieldLimits.Policy.FAIL) {
            fail(tooLong(field, text, max.get()) + " (sync.mapping.truncation is FAIL)");
            return text;
        }
        warnings.add(field + " was " + text.length() + " characters; cut to " + max.get() + " (Luca's limit, sync.mapping.field-limits."
                + field + ")");
        return cut(text, max.get());
    }

    /** Codes are never cut: a code longer than Luca takes fails the record. */
    public String requireFits(String field, String code, String whatToDo) {
        Optional<Integer> max = limits.maxLengthOf(field);
        if (code != null && max.isPresent() && code.length() > max.get()) {
            fail(tooLong(field, code, max.get()) + "; codes are never cut, " + whatToDo);
        }
        return code;
    }

    /** Cut silently: for fields derived from another one that is kept whole (a short name). */
    public String shorten(String field, String text) {
        Optional<Integer> max = limits.maxLengthOf(field);
        return text == null || max.isEmpty() || text.length() <= max.get() ? text : cut(text, max.get()).strip();
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    private void fail(String reason) {
        if (failure == null) {
            failure = reason;
        }
    }

    private static String tooLong(String field, String text, int max) {
        return field + " '" + preview(text) + "' is " + text.length() + " characters; Luca takes at most " + max;
    }

    private static String preview(String text) {
        return text.length() <= 40 ? text : cut(text, 40) + "…";
    }

    /** Never splits a surrogate pair (an emoji would otherwise become an unpaired half and then a '?'). */
    static String cut(String text, int max) {
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
