package io.katanaluca.sync.run;

import io.katanaluca.sync.product.MappingRules;
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
     * @param units Katana uom → Luca unit code; default pcs/adet/ea→ADET, kg→KG, m→M, l→LT
     * @param defaultUnit Luca unit code for any other uom; empty means such variants fail
     * @param vatRate VAT rate sent on the card (Luca's expected format is uncertain: see README)
     * @param categoryCode Luca category tree code for every card; empty sends none
     */
    public record Mapping(Map<String, String> units, String defaultUnit, BigDecimal vatRate, String categoryCode) {

        public Mapping {
            units = units == null || units.isEmpty()
                    ? Map.of("pcs", "ADET", "adet", "ADET", "ea", "ADET", "kg", "KG", "m", "M", "l", "LT")
                    : units;
            defaultUnit = defaultUnit == null || defaultUnit.isBlank() ? null : defaultUnit;
            vatRate = vatRate == null ? new BigDecimal("0.20") : vatRate;
            categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
        }

        public MappingRules toRules() {
            return new MappingRules(units, defaultUnit, vatRate, categoryCode);
        }
    }
}
