package io.katanaluca.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.katanaluca.sim.katana.TooManyRequestsBursts;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTests {

    @Test
    void shouldUseFixedDemoPortsAndDefaultsWithoutOptions() {
        // when
        SimulatorOptions options = SimulatorOptions.parse(new String[0], new Properties());

        // then
        assertThat(options.katana().port()).isEqualTo(8081);
        assertThat(options.luca().port()).isEqualTo(8082);
        assertThat(options.katana().apiKey()).isEqualTo("katana-demo-key");
        assertThat(options.catalogue().productCount()).isEqualTo(300);
    }

    @Test
    void shouldLetArgumentsOverrideSystemProperties() {
        // given
        Properties system = new Properties();
        system.setProperty("luca.port", "9001");
        system.setProperty("luca.latency-ms", "25");

        // when
        SimulatorOptions options = SimulatorOptions.parse(new String[] {"--luca.port=9002", "--products=12",
                "--luca.max-concurrent=3", "--katana.rate-limit=5", "--luca.latency-jitter-ms=200", "--luca.session-expiry-seconds=10",
                "--katana.burst-429-every=8", "--katana.burst-429-length=2"}, system);

        // then
        assertThat(options.luca().port()).isEqualTo(9002);
        assertThat(options.luca().latency()).isEqualTo(Duration.ofMillis(25));
        assertThat(options.luca().maxConcurrent()).isEqualTo(3);
        assertThat(options.luca().latencyJitter()).isEqualTo(Duration.ofMillis(200));
        assertThat(options.luca().sessionExpiryInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.katana().bursts()).isEqualTo(new TooManyRequestsBursts(8, 2));
        assertThat(options.katana().rateLimitRequests()).isEqualTo(5);
        assertThat(options.catalogue().productCount()).isEqualTo(12);
    }

    @Test
    void shouldLoadACatalogueFromTheClassPath() {
        // when
        SimulatorOptions options = SimulatorOptions.parse(new String[] {"--catalogue=classpath:sample-catalogue.json"},
                new Properties());

        // then
        assertThat(options.catalogue().productCount()).isEqualTo(5);
    }

    @Test
    void shouldGenerateSalesOrdersAndTheAwkwardOnesWhenAskedFor() {
        // when
        SimulatorOptions plain = SimulatorOptions.parse(new String[] {"--products=20"}, new Properties());
        SimulatorOptions options = SimulatorOptions.parse(new String[] {"--products=20", "--sales-orders=12",
                "--awkward-sales-orders=true"}, new Properties());

        // then
        assertThat(plain.catalogue().salesOrderCount()).isZero();
        assertThat(options.catalogue().salesOrderCount()).isEqualTo(12 + 4);
    }

    @Test
    void shouldRejectUnknownOptionsAndBadNumbers() {
        // then
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--katana.prot=1"}, new Properties()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("katana.port");
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--seed=abc"}, new Properties()).katana())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--seed");
    }
}
