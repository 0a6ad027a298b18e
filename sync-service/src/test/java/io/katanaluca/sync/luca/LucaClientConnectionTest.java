package io.katanaluca.sync.luca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.katanaluca.sync.MutableClock;
import io.katanaluca.sync.remote.RemoteCallException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LucaClientConnectionTest {

    @Test
    void shouldFailTransientlyNamingTheEndpointAndTheAddressWhenNothingListens() throws IOException {
        // given: a loopback port that was free a moment ago
        String nowhere = "http://127.0.0.1:" + freePort() + "/Yetki";
        LucaProperties props = new LucaProperties(nowhere, "1234", "admin", "Gizli-Şifre-123", null,
                Duration.ofMinutes(20), Duration.ofMinutes(2), Duration.ofSeconds(1), Duration.ofSeconds(1), StandardCharsets.UTF_8);
        LucaConfiguration configuration = new LucaConfiguration();
        LucaHttp http = configuration.lucaHttp(props, Optional.empty());
        LucaSessionManager sessions = configuration.lucaSessionManager(configuration.lucaLoginClient(http, props), props,
                new MutableClock(Instant.parse("2025-12-07T19:00:00Z")));
        LucaClient client = configuration.lucaClient(http, sessions);

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class, client::listStockCards);

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.TRANSIENT);
        assertThat(failure.endpoint()).isEqualTo("Giris.do");
        assertThat(failure.reason()).startsWith("Luca could not be reached at " + nowhere + " (ConnectException");
        assertThat(failure.getMessage()).doesNotContain("Gizli-Şifre-123");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
