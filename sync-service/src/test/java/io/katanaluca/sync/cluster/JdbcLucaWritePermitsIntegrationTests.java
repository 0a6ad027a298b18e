package io.katanaluca.sync.cluster;

import io.katanaluca.sync.luca.LucaWritePermits;
import io.katanaluca.sync.luca.LucaWritePermitsContract;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The write cap of a cluster without Redis, on a real PostgreSQL with the service's migrations. */
class JdbcLucaWritePermitsIntegrationTests extends LucaWritePermitsContract {

    private static final JdbcTemplate JDBC = new JdbcTemplate(EmbeddedServers.dataSource(
            EmbeddedServers.newPostgresDatabase("write_permits", true)));

    @Override
    protected LucaWritePermits newPermits(int cap, Duration lease) {
        JDBC.update("DELETE FROM luca_write_permit");
        return sameStorageAs(null, cap, lease);
    }

    @Override
    protected LucaWritePermits sameStorageAs(LucaWritePermits permits, int cap, Duration lease) {
        return new JdbcLucaWritePermits(JDBC, cap, lease, Clock.systemUTC());
    }

    @Override
    protected boolean expiresLeases() {
        return true;
    }
}
