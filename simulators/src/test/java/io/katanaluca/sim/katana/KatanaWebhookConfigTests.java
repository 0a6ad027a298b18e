package io.katanaluca.sim.katana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KatanaWebhookConfigTests {

    @Test
    void shouldRequireHttpsAndScaleKatanasRetryScheduleDownByDefault() {
        // when
        KatanaWebhookConfig defaults = KatanaSimulatorConfig.defaults().webhooks();

        // then
        assertThat(defaults.httpAllowed()).isFalse();
        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.retryDelays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4));
        assertThat(defaults.duplicateShare()).isZero();
    }

    @Test
    void shouldKeepTheWebhookSettingsThroughOtherWithers() {
        // when
        KatanaSimulatorConfig config = KatanaSimulatorConfig.defaults().withHttpWebhooksAllowed(true).withSeed(3)
                .withPort(0).withApiKey("k").withLatency(Duration.ZERO);

        // then
        assertThat(config.webhooks().httpAllowed()).isTrue();
    }

    @Test
    void shouldRejectAShareOutside0To1OrAZeroTimeout() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KatanaWebhookConfig.defaults().withDuplicateShare(1.5))
                .withMessageContaining("duplicateShare");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KatanaWebhookConfig.defaults().withTimeout(Duration.ZERO));
    }
}
