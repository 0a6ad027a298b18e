package io.katanaluca.sync.monitoring;

import io.katanaluca.sync.katana.KatanaRateLimiter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * Time spent waiting for Katana's rate limit (60 requests a minute per key) before a request could
 * start. Requests Katana still refused with 429 show in {@code sync.remote.requests{outcome="RATE_LIMITED"}}.
 */
@Component
class KatanaRateLimitMetrics implements MeterBinder {

    private final KatanaRateLimiter budget;

    KatanaRateLimitMetrics(KatanaRateLimiter budget) {
        this.budget = budget;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("katana.rate.limit.waited", budget, rate -> rate.waitsMillisTotal() / 1000.0)
                .baseUnit("seconds").description("Time spent waiting for Katana's rate limit").register(registry);
    }
}
