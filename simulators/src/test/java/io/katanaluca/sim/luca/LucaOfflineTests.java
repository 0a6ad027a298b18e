package io.katanaluca.sim.luca;

import static io.katanaluca.sim.luca.StockCardBodies.aStockCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LucaOfflineTests {

    private final LucaSimulator luca = LucaSimulator.start(LucaSimulatorConfig.defaults());

    @AfterEach
    void stop() {
        luca.close();
    }

    @Test
    void shouldRefuseConnectionsWhileOfflineAndComeBackOnTheSamePortWithEverythingItHeld() {
        // given
        LucaClient client = LucaClient.ready(luca);
        client.post("EkleStkWsSkart.do", aStockCard().json());
        int port = luca.port();

        // when
        luca.goOffline();
        Throwable whileOffline = catchThrowable(() -> client.post("ListeleGnlOlcumBirimi.do", "{}"));
        luca.goOnline();

        // then
        assertThat(whileOffline).isInstanceOf(AssertionError.class).hasCauseInstanceOf(ConnectException.class);
        assertThat(luca.port()).isEqualTo(port);
        assertThat(client.postJson("ListeleGnlOlcumBirimi.do", "{}").has("list")).as("the session survived").isTrue();
        assertThat(luca.stockCardCount()).isEqualTo(1);
        assertThat(luca.loginCount()).isEqualTo(1);
    }

    @Test
    void shouldTakeRepeatedOfflineAndOnlineCallsAsOne() {
        // when
        luca.goOffline();
        luca.goOffline();
        luca.goOnline();
        luca.goOnline();

        // then
        assertThat(new LucaClient(luca).login().path("code").asInt()).isZero();
        assertThatThrownBy(() -> LucaSimulator.start(LucaSimulatorConfig.defaults().withPort(luca.port())))
                .as("the port is taken again").isInstanceOf(UncheckedIOException.class);
    }
}
