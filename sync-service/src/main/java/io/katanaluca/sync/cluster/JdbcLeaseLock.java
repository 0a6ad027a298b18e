package io.katanaluca.sync.cluster;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A named lock with a lease, one row in {@code cluster_lock}, shared by every node on the
 * database (H2 holds it for the one node). Taking and releasing are single statements outside any
 * transaction; a holder that dies leaves the lock to whoever asks after its lease ran out. Leases
 * are judged by the nodes' clocks, so keep them in sync (NTP), as for any cluster.
 */
public class JdbcLeaseLock {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String name;

    public JdbcLeaseLock(JdbcTemplate jdbc, Clock clock, String name) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.name = name;
    }

    /** True when the lock is now held by this holder (taken, or renewed), for the lease from now. */
    public boolean tryLock(String holder, Duration lease) {
        Timestamp until = Timestamp.from(clock.instant().plus(lease));
        if (jdbc.update("UPDATE cluster_lock SET holder = ?, lease_until = ? WHERE name = ? AND (holder = ? OR lease_until < ?)",
                holder, until, name, holder, Timestamp.from(clock.instant())) == 1) {
            return true;
        }
        try {
            return jdbc.update("INSERT INTO cluster_lock (name, holder, lease_until) VALUES (?, ?, ?)", name, holder, until) == 1;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    /** Releases the lock if this holder still has it. */
    public void unlock(String holder) {
        jdbc.update("DELETE FROM cluster_lock WHERE name = ? AND holder = ?", name, holder);
    }
}
