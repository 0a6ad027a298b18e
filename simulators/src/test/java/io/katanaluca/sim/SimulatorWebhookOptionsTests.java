package io.katanaluca.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.katanaluca.sim.katana.KatanaWebhookConfig;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SimulatorWebhookOptionsTests {

    @Test
    void shouldRequireHttpsWebhooksWithoutOptions() {
        // when
        KatanaWebhookConfig webhooks = SimulatorOptions.parse(new String[0], new Properties()).katana().webhooks();

        // then
        assertThat(webhooks.httpAllowed()).isFalse();
        assertThat(webhooks.duplicateShare()).isZero();
    }

    @Test
    void shouldAllowHttpWebhooksAndDuplicatesWhenAsked() {
        // when
        KatanaWebhookConfig webhooks = SimulatorOptions.parse(new String[] {"--katana.webhooks-allow-http=true",
                "--katana.webhook-duplicate-share=0.25"}, new Properties()).katana().webhooks();

        // then
        assertThat(webhooks.httpAllowed()).isTrue();
        assertThat(webhooks.duplicateShare()).isEqualTo(0.25);
    }

    @Test
    void shouldRejectAFlagThatIsNotTrueOrFalse() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SimulatorOptions.parse(new String[] {"--katana.webhooks-allow-http=yes"},
                        new Properties()).katana())
                .withMessageContaining("--katana.webhooks-allow-http");
    }
}
