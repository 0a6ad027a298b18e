package io.katanaluca.sync.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retry of transient failures, one policy per remote system ({@code sync.retry.luca.*},
 * {@code sync.retry.katana.*}). Default as in the seed: 5 retries after 2, 4, 8, 16, 32 s.
 */
@ConfigurationProperties("sync.retry")
public record RetryProperties(Policy luca, Policy katana) {

    public RetryProperties {
        luca = luca == null ? Policy.DEFAULT : luca;
        katana = katana == null ? Policy.DEFAULT : katana;
    }

    public record Policy(Integer maxRetries, Duration initialBackoff, Double multiplier) {

        static final Policy DEFAULT = new Policy(5, Duration.ofSeconds(2), 2.0);

        public Policy {
            maxRetries = maxRetries == null ? 5 : maxRetries;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(2) : initialBackoff;
            multiplier = multiplier == null ? 2.0 : multiplier;
        }
    }
}
