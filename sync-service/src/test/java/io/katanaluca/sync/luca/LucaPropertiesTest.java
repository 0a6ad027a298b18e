package io.katanaluca.sync.luca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class LucaPropertiesTest {

    @Test
    void shouldBindFromConfigurationIncludingTheCharset() {
        // given
        Map<String, String> config = Map.of("luca.base-url", "http://127.0.0.1:6001/Yetki", "luca.org-code", "1234",
                "luca.username", "admin", "luca.password", "secret", "luca.branch-id", "11746",
                "luca.session-lifetime", "30m", "luca.charset", "ISO-8859-9");

        // when
        LucaProperties props = bind(config);

        // then
        assertThat(props.branchId()).isEqualTo(11746L);
        assertThat(props.sessionLifetime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(props.refreshBefore()).isEqualTo(Duration.ofMinutes(2));
        assertThat(props.charset()).isEqualTo(Charset.forName("ISO-8859-9"));
        assertThat(props.toString()).doesNotContain("secret");
    }

    @Test
    void shouldDefaultToUtf8AndTheSeedsTimings() {
        // when
        LucaProperties props = new LucaProperties("http://x/Yetki", "1", "u", "p", null, null, null, null, null);

        // then
        assertThat(props.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(props.sessionLifetime()).isEqualTo(Duration.ofMinutes(20));
        assertThat(props.refreshBefore()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void shouldRejectARefreshMarginAsLongAsTheSession() {
        assertThatThrownBy(() -> bind(Map.of("luca.base-url", "http://x", "luca.session-lifetime", "2m")))
                .isInstanceOf(BindException.class)
                .hasRootCauseMessage("luca.refresh-before (PT2M) must be shorter than luca.session-lifetime (PT2M)");
    }

    private static LucaProperties bind(Map<String, String> config) {
        return new Binder(new MapConfigurationPropertySource(config)).bind("luca", LucaProperties.class).get();
    }
}
