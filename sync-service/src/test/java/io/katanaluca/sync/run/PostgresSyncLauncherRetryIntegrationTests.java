package io.katanaluca.sync.run;

import io.katanaluca.sync.cluster.EmbeddedServers;
import org.springframework.jdbc.core.JdbcTemplate;

/** Retries as attempts on a real PostgreSQL, the database of several nodes. */
class PostgresSyncLauncherRetryIntegrationTests extends SyncLauncherRetryContract {

    @Override
    JdbcTemplate freshDatabase() {
        return new JdbcTemplate(EmbeddedServers.dataSource(EmbeddedServers.newPostgresDatabase("launcher_retry", true)));
    }
}
