package io.katanaluca.sync.cluster;

import io.katanaluca.sync.luca.LucaSession;
import io.katanaluca.sync.luca.LucaSessionStore;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Luca session shared through the database when there is no Redis: one row for the session,
 * and a {@link JdbcLeaseLock} for the login.
 */
class JdbcLucaSessionStore implements LucaSessionStore {

    private static final String SESSION = "luca";
    private static final String LOGIN_LOCK = "luca-login";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final JdbcLeaseLock loginLock;

    JdbcLucaSessionStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.loginLock = new JdbcLeaseLock(jdbc, clock, LOGIN_LOCK);
    }

    @Override
    public Optional<LucaSession> current() {
        return jdbc.query("SELECT session_id, created_at, expires_at FROM luca_shared_session WHERE name = ? AND expires_at > ?",
                (rs, row) -> new LucaSession(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()),
                SESSION, now()).stream().findFirst();
    }

    @Override
    public void save(LucaSession session) {
        Object[] values = {session.sessionId(), Timestamp.from(session.createdAt()), Timestamp.from(session.expiresAt()), SESSION};
        if (jdbc.update("UPDATE luca_shared_session SET session_id = ?, created_at = ?, expires_at = ? WHERE name = ?", values) == 0) {
            try {
                jdbc.update("INSERT INTO luca_shared_session (session_id, created_at, expires_at, name) VALUES (?, ?, ?, ?)", values);
            } catch (DuplicateKeyException raced) {
                jdbc.update("UPDATE luca_shared_session SET session_id = ?, created_at = ?, expires_at = ? WHERE name = ?", values);
            }
        }
    }

    @Override
    public void discard(LucaSession stale) {
        jdbc.update("DELETE FROM luca_shared_session WHERE name = ? AND session_id = ?", SESSION, stale.sessionId());
    }

    @Override
    public boolean tryLockLogin(String holder, Duration lease) {
        return loginLock.tryLock(holder, lease);
    }

    @Override
    public void unlockLogin(String holder) {
        loginLock.unlock(holder);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
