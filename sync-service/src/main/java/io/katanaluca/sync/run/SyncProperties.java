package io.katanaluca.sync.run;

import io.katanaluca.sync.mapping.FieldLimits;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How runs write: {@code sync.batch-size} records per batch, {@code sync.parallelism} batches
 * at once (so at most that many concurrent Luca writes), and what the mapping rules of every
 * record type share. Each type reads its own rules from its part of {@code sync.mapping.*}.
 */
@ConfigurationProperties("sync")
public record SyncProperties(Integer batchSize, Integer parallelism, ZoneId timeZone, Mapping mapping) {

    public SyncProperties {
        batchSize = batchSize == null ? 20 : batchSize;
        parallelism = parallelism == null ? 5 : parallelism;
        timeZone = timeZone == null ? ZoneId.of("Europe/Istanbul") : timeZone;
        mapping = mapping == null ? new Mapping(null, null) : mapping;
        if (batchSize < 1 || parallelism < 1) {
            throw new IllegalArgumentException("sync.batch-size and sync.parallelism must be at least 1");
        }
    }

    /**
     * The part of the mapping rules block every record type shares.
     *
     * @param fieldLimits Luca field name → maximum length, over the built-in defaults
     * @param truncation what happens to longer text: TRUNCATE (cut, with a warning on the record) or FAIL
     */
    public record Mapping(Map<String, Integer> fieldLimits, FieldLimits.Policy truncation) {

        public FieldLimits limits() {
            return new FieldLimits(fieldLimits, truncation);
        }
    }
}
