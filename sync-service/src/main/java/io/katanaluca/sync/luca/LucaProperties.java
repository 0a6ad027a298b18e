package io.katanaluca.sync.luca;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Connection to Luca. {@code baseUrl} is the {@code .../Yetki} prefix; the password comes from
 * configuration or the environment ({@code LUCA_PASSWORD}) and is never logged. {@code charset}
 * is the one request bodies are encoded in (UTF-8 unless set; the earlier system used ISO-8859-9).
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
        Duration readTimeout,
        Charset charset) {

    // Named for Spring's binder: the record has a second constructor (the shape before charset).
    @ConstructorBinding
    public LucaProperties {
        sessionLifetime = sessionLifetime == null ? Duration.ofMinutes(20) : sessionLifetime;
        refreshBefore = refreshBefore == null ? Duration.ofMinutes(2) : refreshBefore;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        charset = charset == null ? StandardCharsets.UTF_8 : charset;
        // Otherwise every session would be "about to expire" the moment it is created: a login per call.
        if (refreshBefore.compareTo(sessionLifetime) >= 0) {
            throw new IllegalArgumentException("luca.refresh-before (" + refreshBefore
                    + ") must be shorter than luca.session-lifetime (" + sessionLifetime + ")");
        }
    }

    /** The original nine-field shape, for callers that do not choose a charset. */
    public LucaProperties(String baseUrl, String orgCode, String username, String password, Long branchId,
            Duration sessionLifetime, Duration refreshBefore, Duration connectTimeout, Duration readTimeout) {
        this(baseUrl, orgCode, username, password, branchId, sessionLifetime, refreshBefore, connectTimeout,
                readTimeout, null);
    }

    @Override
    public String toString() {
        return "LucaProperties[baseUrl=" + baseUrl + ", orgCode=" + orgCode + ", username=" + username
                + ", password=****, branchId=" + branchId + ", charset=" + charset + "]";
    }
}
