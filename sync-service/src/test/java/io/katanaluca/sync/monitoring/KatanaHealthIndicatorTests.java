package io.katanaluca.sync.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sync.MutableClock;
import io.katanaluca.sync.katana.KatanaProperties;
import io.katanaluca.sync.katana.KatanaRateBudget;
import io.katanaluca.sync.katana.Sleeper;
import io.katanaluca.sync.system.ResilienceConfiguration;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.web.client.RestClient;

class KatanaHealthIndicatorTests {

    private final KatanaSimulator katana = KatanaSimulator.start(KatanaSimulatorConfig.defaults(), KatanaCatalogue.generate(3, 42));
    private final MutableClock clock = new MutableClock(Instant.parse("2025-12-07T10:00:00Z"));

    @AfterEach
    void stopKatana() {
        katana.close();
    }

    @Test
    void shouldBeUpWithTheQuotaKatanaReportsLeft() {
        Health health = indicator("katana-demo-key").health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("status", 200).containsEntry("rateLimitRemaining", "59")
                .containsEntry("rateLimit", "60 requests per 60 s").containsEntry("circuitBreaker", "CLOSED");
    }

    @Test
    void shouldBeDownWithAReasonWhenKatanaRejectsTheKeyOrDoesNotAnswer() {
        Health rejected = indicator("wrong-key").health();
        KatanaHealthIndicator unreachable = indicator("katana-demo-key");
        katana.close();

        assertThat(rejected.getStatus()).isEqualTo(Status.DOWN);
        assertThat(rejected.getDetails().get("error")).asString().contains("rejected the API key");
        assertThat(unreachable.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void shouldSpendOneRequestOfTheQuotaPerProbeIntervalHoweverOftenItIsAsked() {
        KatanaHealthIndicator indicator = indicator("katana-demo-key");

        indicator.health();
        indicator.health();
        clock.advance(KatanaHealthIndicator.PROBE_EVERY.minusSeconds(1));
        indicator.health();
        long requestsWithinTheInterval = katana.stats().totalRequests();
        clock.advance(Duration.ofSeconds(1));
        indicator.health();

        assertThat(requestsWithinTheInterval).isEqualTo(1);
        assertThat(katana.stats().totalRequests()).isEqualTo(2);
    }

    private KatanaHealthIndicator indicator(String apiKey) {
        RestClient rest = RestClient.builder().baseUrl(katana.baseUrl()).defaultHeader("Authorization", "Bearer " + apiKey).build();
        KatanaProperties properties = new KatanaProperties(katana.baseUrl(), apiKey, null, null, null, null, null);
        return new KatanaHealthIndicator(rest, new KatanaRateBudget(60, Duration.ofSeconds(60), clock, Sleeper.SYSTEM), properties,
                ResilienceConfiguration.circuitBreakerFor("katana"), clock);
    }
}
