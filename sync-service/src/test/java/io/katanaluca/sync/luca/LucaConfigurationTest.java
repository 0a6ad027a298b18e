package io.katanaluca.sync.luca;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class LucaConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ClockAndProperties.class, LucaConfiguration.class)
            .withPropertyValues("luca.base-url=http://127.0.0.1:6001/Yetki", "luca.org-code=1234", "luca.username=admin",
                    "luca.password=secret");

    @Test
    void shouldProvideTheClientTheSessionManagerAndTheLoginClient() {
        context.run(beans -> {
            assertThat(beans).hasSingleBean(LucaClient.class).hasSingleBean(LucaSessionManager.class).hasSingleBean(LucaLoginClient.class);
            assertThat(beans.getBean(LucaSessionManager.class).isSessionValid()).isFalse();
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LucaProperties.class)
    static class ClockAndProperties {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
