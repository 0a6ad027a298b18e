package io.katanaluca.sync.luca;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.system.ResilienceConfiguration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A write whose reply was lost is never retried (it may be stored), yet Luca failed: the circuit breaker counts it. */
class LucaOutcomeUnknownBreakerTest {

    @Test
    void shouldCountLostWriteRepliesButNotLucasRefusalsAsFailures() {
        CircuitBreaker breaker = ResilienceConfiguration.circuitBreakerFor("luca");
        RemoteCallException lost = LucaFailures.outcomeUnknown("EkleFtrWsFaturaBaslik.do", "the connection closed before the reply", null);
        RemoteCallException refused = RemoteCallException.permanentFailure("Luca", "EkleFtrWsFaturaBaslik.do", "Belge Seri bulunamadı!");

        assertThat(lost.isTransient()).as("never retried blindly").isFalse();
        for (int call = 0; call < 20; call++) {
            breaker.acquirePermission();
            breaker.onError(1, TimeUnit.MILLISECONDS, call % 2 == 0 ? lost : refused);
        }

        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(10);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }
}
