package io.katanaluca.sync.katana;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.system.ResilienceConfiguration;
import io.katanaluca.sync.system.RetryProperties;

/**
 * The one Retry for Katana: transient failures only, backoff from {@code sync.retry.katana.*}.
 * A connection that cannot be made at all (refused, unknown host) is not retried: Katana is down or
 * the address is wrong, and a run still reading has written nothing, so it fails at once with where
 * it looked rather than after a minute of backoff; the next run, or a retry, reads again. Timeouts,
 * broken connections, 5xx and 429 are retried.
 */
final class KatanaRetry {

    static final String NAME = "katana";

    private KatanaRetry() {
    }

    private static boolean couldNotConnect(Throwable error) {
        return error instanceof RemoteCallException remote && remote.couldNotConnect();
    }

    static Retry create(RetryProperties.Policy policy) {
        return Retry.of(NAME, config(policy));
    }

    static RetryConfig config(RetryProperties.Policy policy) {
        return RetryConfig.custom()
                .maxAttempts(policy.maxRetries() + 1)
                .intervalBiFunction(new KatanaBackoff(policy.initialBackoff(), policy.multiplier()))
                .retryOnException(error -> ResilienceConfiguration.isTransient(error) && !couldNotConnect(error))
                .build();
    }
}
