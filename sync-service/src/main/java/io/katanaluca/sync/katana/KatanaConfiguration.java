package io.katanaluca.sync.katana;

import io.github.resilience4j.retry.Retry;
import io.katanaluca.sync.remote.HttpExecutor;
import io.katanaluca.sync.remote.RemoteCallTimer;
import io.katanaluca.sync.system.RetryProperties;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.katanaluca.sync.system.ResilienceConfiguration;
import io.katanaluca.sync.system.ClusterMode;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Wires the Katana client. The RestClient and the Retry are Katana's own, so they are not default
 * candidates: an unqualified {@code RestClient} or {@code Retry} elsewhere (Luca's) never gets them.
 */
@Configuration(proxyBeanMethods = false)
public class KatanaConfiguration {

    @Bean(defaultCandidate = false)
    RestClient katanaRestClient(KatanaProperties properties, ObjectProvider<RestClient.Builder> builders) {
        return restClient(properties, builders.getIfAvailable(RestClient::builder));
    }

    @Bean(defaultCandidate = false)
    Retry katanaRetry(RetryProperties retryProperties) {
        return KatanaRetry.create(retryProperties.katana());
    }

    /** One node's own budget; a cluster shares one instead (see the cluster package). */
    @Bean
    @Conditional(ClusterMode.OnEmbedded.class)
    KatanaRateBudget katanaRateBudget(KatanaProperties properties, Clock clock) {
        return new KatanaRateBudget(properties.rateLimitRequests(), properties.rateLimitPeriod(), clock, Sleeper.SYSTEM);
    }

    @Bean(defaultCandidate = false)
    CircuitBreaker katanaCircuitBreaker(RetryProperties retryProperties) {
        return ResilienceConfiguration.circuitBreakerFor("katana", retryProperties.katana().circuitOpenDuration());
    }

    @Bean
    KatanaClient katanaClient(@Qualifier("katanaRestClient") RestClient restClient, KatanaRateLimiter budget,
            @Qualifier("katanaRetry") Retry retry, @Qualifier("katanaCircuitBreaker") CircuitBreaker circuitBreaker,
            KatanaProperties properties, Clock clock, Optional<RemoteCallTimer> timer) {
        return new KatanaClient(restClient, properties.baseUrl().strip(), budget, retry, circuitBreaker, properties.pageSize(), clock,
                timer.orElse(RemoteCallTimer.NONE));
    }

    @Bean
    KatanaSalesOrders katanaSalesOrders(KatanaClient katanaClient) {
        return new KatanaSalesOrders(katanaClient);
    }

    @Bean
    KatanaWebhookApi katanaWebhookApi(@Qualifier("katanaRestClient") RestClient restClient, KatanaRateLimiter budget, Clock clock) {
        return new KatanaWebhookApi(restClient, budget, clock);
    }

    static RestClient restClient(KatanaProperties properties, RestClient.Builder builder) {
        return builder
                .baseUrl(required(properties.baseUrl(), "Katana base URL is not set: set katana.base-url (e.g. https://api.katanamrp.com/v1)"))
                .requestFactory(requestFactory(properties))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + required(properties.apiKey(),
                        "Katana API key is not set: set katana.api-key or the environment variable KATANA_API_KEY"))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    private static JdkClientHttpRequestFactory requestFactory(KatanaProperties properties) {
        HttpClient httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(HttpExecutor.shared())
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient, HttpExecutor.shared());
        factory.setReadTimeout(properties.readTimeout());
        return factory;
    }

    private static String required(String value, String whatToDo) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(whatToDo);
        }
        return value.strip();
    }
}
