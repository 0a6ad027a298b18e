package io.katanaluca.sync.product.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The units Luca knows, read at the start of a run: unit code (case-insensitive) → Luca unit id. */
public final class UnitCatalogue {

    private final Map<String, Long> idsByCode;

    public UnitCatalogue(Map<String, Long> idsByCode) {
        Map<String, Long> normalised = new TreeMap<>();
        idsByCode.forEach((code, id) -> normalised.put(code.trim().toUpperCase(Locale.ROOT), id));
        this.idsByCode = Map.copyOf(normalised);
    }

    public Optional<Long> idOf(String unitCode) {
        return Optional.ofNullable(idsByCode.get(unitCode.trim().toUpperCase(Locale.ROOT)));
    }

    public String knownCodes() {
        return String.join(", ", new TreeMap<>(idsByCode).keySet());
    }
}
