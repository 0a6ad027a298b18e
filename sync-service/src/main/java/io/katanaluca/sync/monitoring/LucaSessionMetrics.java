package io.katanaluca.sync.monitoring;

import io.katanaluca.sync.luca.LucaSessionManager;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** The shared Luca session: logins and forced or proactive refreshes since start, whether it is valid, how long it has left. */
@Component
class LucaSessionMetrics implements MeterBinder {

    private final LucaSessionManager sessions;

    LucaSessionMetrics(LucaSessionManager sessions) {
        this.sessions = sessions;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("luca.logins", sessions, LucaSessionManager::loginCount)
                .description("Successful Luca logins since start (all three steps)").register(registry);
        FunctionCounter.builder("luca.session.refreshes", sessions, manager -> manager.stats().refreshCount())
                .description("Logins that replaced a session (expiry, proactive or forced refresh)").register(registry);
        Gauge.builder("luca.session.valid", sessions, manager -> manager.isSessionValid() ? 1 : 0)
                .description("1 while the shared Luca session is within its assumed lifetime").register(registry);
        TimeGauge.builder("luca.session.remaining", sessions, TimeUnit.SECONDS, manager -> manager.stats().remainingTime().toSeconds())
                .description("Time left in the shared Luca session").register(registry);
    }
}
