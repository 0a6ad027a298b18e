package io.katanaluca.sync.katana;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection to Katana. {@code baseUrl} ends in {@code /v1}; the API key comes from configuration
 * or the environment ({@code KATANA_API_KEY}) and is never logged.
 */
@ConfigurationProperties("katana")
public record KatanaProperties(
        String baseUrl,
        String apiKey,
        Integer pageSize,
        Integer rateLimitRequests,
        Duration rateLimitPeriod,
        Duration connectTimeout,
        Duration readTimeout) {

    public KatanaProperties {
        pageSize = pageSize == null ? 250 : pageSize;
        rateLimitRequests = rateLimitRequests == null ? 60 : rateLimitRequests;
        rateLimitPeriod = rateLimitPeriod == null ? Duration.ofSeconds(60) : rateLimitPeriod;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    }

    @Override
    public String toString() {
        return "KatanaProperties[baseUrl=" + baseUrl + ", apiKey=****, pageSize=" + pageSize + "]";
    }
}
