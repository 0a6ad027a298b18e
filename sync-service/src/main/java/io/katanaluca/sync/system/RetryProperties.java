package io.katanaluca.sync.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Retry of transient failures, one policy per remote system ({@code sync.retry.luca.*},
 * {@code sync.retry.katana.*}). Default as in the seed: 5 retries after 2, 4, 8, 16, 32 s. Also how
 * long the system's circuit breaker pauses calls once it opened (30 s).
 */
@ConfigurationProperties("sync.retry")
public record RetryProperties(Policy luca, Policy katana) {

    public RetryProperties {
        luca = luca == null ? Policy.DEFAULT : luca;
        katana = katana == null ? Policy.DEFAULT : katana;
    }

    public record Policy(Integer maxRetries, Duration initialBackoff, Double multiplier, Duration circuitOpenDuration) {

        static final Policy DEFAULT = new Policy(5, Duration.ofSeconds(2), 2.0, null);

        // Named for Spring's binder: the record has a second constructor (the shape before the circuit breaker's pause).
        @ConstructorBinding
        public Policy {
            maxRetries = maxRetries == null ? 5 : maxRetries;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(2) : initialBackoff;
            multiplier = multiplier == null ? 2.0 : multiplier;
            circuitOpenDuration = circuitOpenDuration == null ? Duration.ofSeconds(30) : circuitOpenDuration;
        }

        public Policy(Integer maxRetries, Duration initialBackoff, Double multiplier) {
            this(maxRetries, initialBackoff, multiplier, null);
        }
    }
}
