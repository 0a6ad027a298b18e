package io.katanaluca.sync.run;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sync.incremental.overlap}: an incremental run asks Katana for what changed since the last
 * complete run started, minus this overlap, so clock skew between Katana and us loses nothing.
 * Re-reading a few unchanged records costs no Luca call: their payload hash is unchanged.
 */
@ConfigurationProperties("sync.incremental")
public record IncrementalProperties(Duration overlap) {

    public IncrementalProperties {
        overlap = overlap == null ? Duration.ofMinutes(5) : overlap;
    }
}
