package io.katanaluca.sync.katana;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.retry.Retry;
import io.katanaluca.sync.system.RetryProperties;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

class KatanaConfigurationTests {

    @RegisterExtension
    static final WireMockExtension katana = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, KatanaConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void shouldRefuseToStartWithoutAnApiKeyAndSayWhereToSetIt() {
        context.withPropertyValues("katana.base-url=http://127.0.0.1:1/v1", "katana.api-key= ")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("katana.api-key")
                        .hasMessageContaining("KATANA_API_KEY"));
    }

    @Test
    void shouldRefuseToStartWithoutABaseUrl() {
        context.withPropertyValues("katana.api-key=secret")
                .run(started -> assertThat(started).getFailure().rootCause().hasMessageContaining("katana.base-url"));
    }

    @Test
    void shouldBuildTheKatanaRetryFromSyncRetryKatana() {
        context.withPropertyValues("katana.base-url=http://127.0.0.1:1/v1", "katana.api-key=secret", "sync.retry.katana.max-retries=2")
                .run(started -> {
                    Retry retry = started.getBean("katanaRetry", Retry.class);
                    assertThat(retry.getName()).isEqualTo("katana");
                    assertThat(retry.getRetryConfig().getMaxAttempts()).isEqualTo(3);
                });
    }

    @Test
    void shouldKeepKatanasRestClientAndRetryOutOfUnqualifiedInjection() {
        context.withPropertyValues("katana.base-url=http://127.0.0.1:1/v1", "katana.api-key=secret")
                .withUserConfiguration(AnotherRemoteSystem.class)
                .run(started -> {
                    assertThat(started).hasSingleBean(KatanaClient.class).hasSingleBean(KatanaRateBudget.class);
                    AnotherRemoteSystem.Client other = started.getBean(AnotherRemoteSystem.Client.class);
                    assertThat(other.restClient()).isSameAs(started.getBean("otherRestClient"));
                    assertThat(other.retry().getName()).isEqualTo("other");
                });
    }

    @Test
    void shouldCallKatanaWithTheConfiguredKeyAndPageSize() {
        // given
        katana.stubFor(get(urlPathEqualTo("/v1/products")).willReturn(okJson("{\"data\":[]}")));

        // when
        context.withPropertyValues("katana.base-url=" + katana.baseUrl() + "/v1", "katana.api-key=secret", "katana.page-size=100")
                .run(started -> started.getBean(KatanaClient.class).forEachProductPage(KatanaQuery.allProducts(), page -> { }));

        // then
        katana.verify(getRequestedFor(urlPathEqualTo("/v1/products"))
                .withQueryParam("limit", equalTo("100"))
                .withHeader("Authorization", equalTo("Bearer secret")));
    }

    /** Like Luca's wiring: its own RestClient and Retry, injected by type alone. */
    @Configuration(proxyBeanMethods = false)
    static class AnotherRemoteSystem {

        record Client(RestClient restClient, Retry retry) {
        }

        @Bean
        RestClient otherRestClient() {
            return RestClient.create();
        }

        @Bean
        Retry otherRetry() {
            return Retry.ofDefaults("other");
        }

        @Bean
        Client otherClient(RestClient restClient, Retry retry) {
            return new Client(restClient, retry);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({KatanaProperties.class, RetryProperties.class})
    static class Properties {
    }
}
