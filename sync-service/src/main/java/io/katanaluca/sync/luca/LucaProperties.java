package io.katanaluca.sync.luca;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection to Luca. {@code baseUrl} is the {@code .../Yetki} prefix; the password comes from
 * configuration or the environment ({@code LUCA_PASSWORD}) and is never logged.
 */
@ConfigurationProperties("luca")
public record LucaProperties(
        String baseUrl,
        String orgCode,
        String username,
        String password,
        Long branchId,
        Duration sessionLifetime,
        Duration refreshBefore,
        Duration connectTimeout,
        Duration readTimeout) {

    public LucaProperties {
        sessionLifetime = sessionLifetime == null ? Duration.ofMinutes(20) : sessionLifetime;
        refreshBefore = refreshBefore == null ? Duration.ofMinutes(2) : refreshBefore;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    }

    @Override
    public String toString() {
        return "LucaProperties[baseUrl=" + baseUrl + ", orgCode=" + orgCode + ", username=" + username
                + ", password=****, branchId=" + branchId + "]";
    }
}
