package io.katanaluca.sync.mapping;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Luca's maximum lengths per field (by Luca's field name, e.g. {@code kartAdi}) and the policy for
 * text that is longer. Codes ({@code kartKodu}, {@code kartKod}) are identities and are never cut,
 * whatever the policy: two long codes cut to one would make two records one.
 *
 * @param maxLengths Luca field → maximum length in UTF-16 characters, as Luca (a Java application) counts
 * @param policy     what happens to longer text in any other field
 */
public record FieldLimits(Map<String, Integer> maxLengths, Policy policy) {

    /** TRUNCATE cuts the text and records a warning on the record; FAIL fails the record with a reason. */
    public enum Policy { TRUNCATE, FAIL }

    /** Luca's limits where they are known or the simulator chose them; see the README. */
    public static final Map<String, Integer> DEFAULTS = Map.ofEntries(Map.entry("kartKodu", 50), Map.entry("kartAdi", 250),
            Map.entry("kartKod", 50), Map.entry("tanim", 250), Map.entry("kisaAd", 30), Map.entry("yasalUnvan", 250),
            Map.entry("ad", 50), Map.entry("soyad", 50), Map.entry("adresSerbest", 250), Map.entry("iletisimTanim", 100));

    public FieldLimits {
        Map<String, Integer> merged = new TreeMap<>(DEFAULTS);
        if (maxLengths != null) {
            merged.putAll(maxLengths);
        }
        maxLengths = Map.copyOf(merged);
        policy = policy == null ? Policy.TRUNCATE : policy;
    }

    public static FieldLimits defaults() {
        return new FieldLimits(Map.of(), Policy.TRUNCATE);
    }

    public Optional<Integer> maxLengthOf(String field) {
        return Optional.ofNullable(maxLengths.get(field));
    }

    /** A fitting that collects the warnings and the first failure of one record. */
    public Fitting newFitting() {
        return new Fitting(this);
    }
}
