package io.katanaluca.sync.run;

import io.katanaluca.sync.mapping.FieldLimits;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How runs write: {@code sync.batch-size} records per batch, {@code sync.parallelism} batches
 * at once (so at most that many concurrent Luca writes), and the mapping rules.
 */
@ConfigurationProperties("sync")
public record SyncProperties(Integer batchSize, Integer parallelism, ZoneId timeZone, Mapping mapping) {

    public SyncProperties {
        batchSize = batchSize == null ? 20 : batchSize;
        parallelism = parallelism == null ? 5 : parallelism;
        timeZone = timeZone == null ? ZoneId.of("Europe/Istanbul") : timeZone;
        mapping = mapping == null ? new Mapping(null, null, null, null) : mapping;
        if (batchSize < 1 || parallelism < 1) {
            throw new IllegalArgumentException("sync.batch-size and sync.parallelism must be at least 1");
        }
    }

    /**
     * The mapping rules block, {@code sync.mapping.*} (customers have theirs under {@code sync.mapping.customers}).
     *
     * @param units Katana uom → Luca unit code; default pcs/adet/ea→ADET, kg→KG, m→M, l→LT
     * @param defaultUnit Luca unit code for any other uom; empty means such variants fail
     * @param vatRate VAT rate sent on the card (Luca's expected format is uncertain: see README)
     * @param categoryCode Luca category tree code for a category not in {@code categories}; empty sends none
     * @param categories Katana category name → Luca category tree code
     * @param vatRates Katana category name → VAT rate overriding {@code vatRate}
     * @param variantNameTemplate card name of a variant with options: {product}, {options}, {sku}
     * @param optionSeparator between option values
     * @param fieldLimits Luca field name → maximum length, over the built-in defaults
     * @param truncation what happens to longer text: TRUNCATE (cut, with a warning on the record) or FAIL
     * @param materials the defaults of material cards
     */
    public record Mapping(Map<String, String> units, String defaultUnit, BigDecimal vatRate, String categoryCode,
            Map<String, String> categories, Map<String, BigDecimal> vatRates, String variantNameTemplate, String optionSeparator,
            Map<String, Integer> fieldLimits, FieldLimits.Policy truncation, Materials materials) {

        public Mapping {
            units = units == null || units.isEmpty()
                    ? Map.of("pcs", "ADET", "adet", "ADET", "ea", "ADET", "kg", "KG", "m", "M", "l", "LT")
                    : units;
            defaultUnit = defaultUnit == null || defaultUnit.isBlank() ? null : defaultUnit;
            vatRate = vatRate == null ? new BigDecimal("0.20") : vatRate;
            categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
            materials = materials == null ? new Materials(false) : materials;
        }

        /** Units, VAT rate and category only: the shape before the other rules existed. */
        public Mapping(Map<String, String> units, String defaultUnit, BigDecimal vatRate, String categoryCode) {
            this(units, defaultUnit, vatRate, categoryCode, null, null, null, null, null, null, null);
        }

        public FieldLimits limits() {
            return new FieldLimits(fieldLimits, truncation);
        }
    }

    /** @param sellable whether material cards are sent as sellable ({@code satilabilirFlag}); default no */
    public record Materials(boolean sellable) {
    }
}
