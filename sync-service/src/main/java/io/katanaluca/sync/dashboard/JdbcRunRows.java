package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads operation-log rows for the figures, by creation time (a run belongs to the day it was
 * started). Durations and percentiles are computed in Java so the SQL stays the same on H2 and
 * PostgreSQL; a row is a few dozen bytes, so even 100,000 runs of history read in well under a second.
 */
@Repository
class JdbcRunRows {

    private static final String SELECT = "SELECT sync_type, status, created_at, start_time, end_time, processed, succeeded, failed,"
            + " dry_run FROM sync_operation_log";

    private final JdbcTemplate jdbc;

    JdbcRunRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs created at or after {@code from} and before {@code to}. */
    List<RunRow> createdBetween(Instant from, Instant to) {
        return jdbc.query(SELECT + " WHERE created_at >= ? AND created_at < ?", JdbcRunRows::toRow, Timestamp.from(from), Timestamp.from(to));
    }

    List<RunRow> all() {
        return jdbc.query(SELECT, JdbcRunRows::toRow);
    }

    private static RunRow toRow(ResultSet rs, int row) throws SQLException {
        return new RunRow(SyncType.valueOf(rs.getString("sync_type")), RunStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"), instant(rs, "start_time"), instant(rs, "end_time"), rs.getInt("processed"),
                rs.getInt("succeeded"), rs.getInt("failed"), rs.getBoolean("dry_run"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
