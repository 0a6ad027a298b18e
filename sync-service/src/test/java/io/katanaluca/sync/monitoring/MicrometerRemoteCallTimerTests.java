package io.katanaluca.sync.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MicrometerRemoteCallTimerTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerRemoteCallTimer timer = new MicrometerRemoteCallTimer(registry);

    @Test
    void shouldTimeEachRequestBySystemEndpointStatusAndOutcome() {
        timer.record("Luca", "EkleStkWsSkart.do", 200, Duration.ofMillis(40));
        timer.record("Luca", "EkleStkWsSkart.do", 200, Duration.ofMillis(60));
        timer.record("Luca", "EkleStkWsSkart.do", 500, Duration.ofMillis(5));

        Timer ok = registry.get("sync.remote.requests").tags("system", "luca", "endpoint", "EkleStkWsSkart.do", "outcome", "SUCCESS").timer();
        Timer failed = registry.get("sync.remote.requests").tags("system", "luca", "status", "500").timer();
        assertThat(ok.count()).isEqualTo(2);
        assertThat(ok.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(100);
        assertThat(failed.getId().getTag("outcome")).isEqualTo("SERVER_ERROR");
    }

    @Test
    void shouldNameTheOutcomeOfEveryKindOfAnswer() {
        assertThat(MicrometerRemoteCallTimer.outcome(200)).isEqualTo("SUCCESS");
        assertThat(MicrometerRemoteCallTimer.outcome(302)).isEqualTo("SUCCESS");
        assertThat(MicrometerRemoteCallTimer.outcome(401)).isEqualTo("CLIENT_ERROR");
        assertThat(MicrometerRemoteCallTimer.outcome(429)).isEqualTo("RATE_LIMITED");
        assertThat(MicrometerRemoteCallTimer.outcome(503)).isEqualTo("SERVER_ERROR");
        assertThat(MicrometerRemoteCallTimer.outcome(0)).isEqualTo("NO_RESPONSE");
    }
}
