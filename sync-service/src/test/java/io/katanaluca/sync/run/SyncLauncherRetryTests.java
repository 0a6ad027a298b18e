package io.katanaluca.sync.run;

import io.katanaluca.sync.MigratedH2;
import org.springframework.jdbc.core.JdbcTemplate;

/** Retries as attempts on H2, the embedded default. */
class SyncLauncherRetryTests extends SyncLauncherRetryContract {

    @Override
    JdbcTemplate freshDatabase() {
        return MigratedH2.fresh("launcher-retry");
    }
}
