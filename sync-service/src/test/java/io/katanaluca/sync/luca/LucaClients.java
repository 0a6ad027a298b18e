package io.katanaluca.sync.luca;

import java.time.Clock;
import java.util.Optional;

/** Builds a real Luca client, as the service wires it, for tests in other packages. */
public final class LucaClients {

    private LucaClients() {
    }

    public static LucaClient connectedTo(String baseUrl, String orgCode, String username, String password) {
        LucaProperties props = new LucaProperties(baseUrl, orgCode, username, password, null, null, null, null, null);
        LucaConfiguration configuration = new LucaConfiguration();
        LucaHttp http = configuration.lucaHttp(props, Optional.empty());
        LucaSessionManager sessions = configuration.lucaSessionManager(configuration.lucaLoginClient(http, props), props, Clock.systemUTC());
        return configuration.lucaClient(http, sessions);
    }
}
