package io.katanaluca.sync.cluster;

import io.katanaluca.sync.luca.LucaSessionStore;
import io.katanaluca.sync.luca.LucaSessionStoreContract;
import org.springframework.jdbc.core.JdbcTemplate;

/** The session store of a cluster without Redis, on a real PostgreSQL with the service's migrations. */
class JdbcLucaSessionStoreIntegrationTests extends LucaSessionStoreContract {

    private static final JdbcTemplate JDBC = new JdbcTemplate(EmbeddedServers.dataSource(
            EmbeddedServers.newPostgresDatabase("session_store", true)));

    @Override
    protected LucaSessionStore newStore() {
        JDBC.update("DELETE FROM luca_shared_session");
        JDBC.update("DELETE FROM cluster_lock");
        return sameStorageAs(null);
    }

    @Override
    protected LucaSessionStore sameStorageAs(LucaSessionStore store) {
        return new JdbcLucaSessionStore(JDBC, clock);
    }
}
