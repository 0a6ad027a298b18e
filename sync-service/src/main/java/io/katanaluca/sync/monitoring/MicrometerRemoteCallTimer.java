package io.katanaluca.sync.monitoring;

import io.katanaluca.sync.remote.RemoteCallTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@code sync.remote.requests}: the latency of every HTTP request to Katana and Luca, by system,
 * endpoint, HTTP status and outcome (SUCCESS, CLIENT_ERROR, RATE_LIMITED, SERVER_ERROR, NO_RESPONSE).
 * Luca also answers errors with HTTP 200; those are counted by {@link RemoteFailureMetrics}.
 */
@Component
class MicrometerRemoteCallTimer implements RemoteCallTimer {

    private final MeterRegistry registry;

    MicrometerRemoteCallTimer(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void record(String system, String endpoint, int status, Duration elapsed) {
        Timer.builder("sync.remote.requests")
                .description("HTTP requests to Katana and Luca")
                .tag("system", system.toLowerCase(Locale.ROOT))
                .tag("endpoint", endpoint)
                .tag("status", status == NO_RESPONSE ? "NONE" : Integer.toString(status))
                .tag("outcome", outcome(status))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry)
                .record(elapsed);
    }

    static String outcome(int status) {
        if (status == NO_RESPONSE) {
            return "NO_RESPONSE";
        }
        if (status == 429) {
            return "RATE_LIMITED";
        }
        return status < 400 ? "SUCCESS" : status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
    }
}
