package io.katanaluca.sync.run;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Serialises the starts of a sync type across every node: inside the caller's transaction, an
 * update of that type's row in {@code cluster_lock} holds a row lock until commit, so a second
 * node's start waits, then sees the first run as active.
 */
@Component
class JdbcRunStartLock {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcRunStartLock(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Outside any transaction: a failed insert would spoil a PostgreSQL transaction. */
    void ensureExists(SyncType type) {
        try {
            jdbc.update("INSERT INTO cluster_lock (name, holder, lease_until) SELECT ?, 'launcher', ? WHERE NOT EXISTS"
                    + " (SELECT 1 FROM cluster_lock WHERE name = ?)", name(type), now(), name(type));
        } catch (DuplicateKeyException createdByAnotherNode) {
            // fine: it exists
        }
    }

    /** Inside the caller's transaction: held until it ends. */
    void lock(SyncType type) {
        jdbc.update("UPDATE cluster_lock SET lease_until = ? WHERE name = ?", now(), name(type));
    }

    private static String name(SyncType type) {
        return "sync-start:" + type.name();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
