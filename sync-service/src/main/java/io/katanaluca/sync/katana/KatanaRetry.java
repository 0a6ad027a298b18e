package io.katanaluca.sync.katana;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.katanaluca.sync.system.ResilienceConfiguration;
import io.katanaluca.sync.system.RetryProperties;

/** The one Retry for Katana: transient failures only, backoff from {@code sync.retry.katana.*}. */
final class KatanaRetry {

    static final String NAME = "katana";

    private KatanaRetry() {
    }

    static Retry create(RetryProperties.Policy policy) {
        return Retry.of(NAME, config(policy));
    }

    static RetryConfig config(RetryProperties.Policy policy) {
        return RetryConfig.custom()
                .maxAttempts(policy.maxRetries() + 1)
                .intervalBiFunction(new KatanaBackoff(policy.initialBackoff(), policy.multiplier()))
                .retryOnException(ResilienceConfiguration::isTransient)
                .build();
    }
}
