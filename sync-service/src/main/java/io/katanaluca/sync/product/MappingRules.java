package io.katanaluca.sync.product;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The mapping decisions that belong to the user, not the code: which Luca unit a Katana
 * {@code uom} means, which VAT rate and category the cards get.
 *
 * @param unitCodes Katana uom (case-insensitive) → Luca unit code, e.g. {@code pcs → ADET}
 * @param defaultUnitCode Luca unit code for a uom not in the map; null means such a variant fails
 * @param vatRate sent as {@code kartAlisKdvOran} and {@code kartSatisKdvOran}; null sends none
 * @param categoryCode Luca {@code kategoriAgacKod} for every card; null sends none
 */
public record MappingRules(Map<String, String> unitCodes, String defaultUnitCode, BigDecimal vatRate, String categoryCode) {

    public MappingRules {
        Map<String, String> normalised = new TreeMap<>();
        (unitCodes == null ? Map.<String, String>of() : unitCodes)
                .forEach((uom, code) -> normalised.put(normalise(uom), code));
        unitCodes = Map.copyOf(normalised);
    }

    /** The Luca unit code configured for a Katana uom, if any. */
    public Optional<String> unitCodeFor(String uom) {
        if (uom == null || uom.isBlank()) {
            return Optional.ofNullable(defaultUnitCode);
        }
        return Optional.ofNullable(unitCodes.getOrDefault(normalise(uom), defaultUnitCode));
    }

    private static String normalise(String uom) {
        return uom.trim().toLowerCase(Locale.ROOT);
    }
}
