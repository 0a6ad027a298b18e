package io.katanaluca.sync.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The operation log table. Counters are incremented in SQL so parallel batches never lose an update. */
@Repository
public class JdbcSyncRunRepository {

    private static final String COLUMNS = "id, job_id, sync_type, status, dry_run, record_limit, triggered_by, created_at, start_time,"
            + " end_time, total_records, processed, succeeded, failed, created, updated, unchanged, error_message, attempt";
    private static final String LATEST_ATTEMPT = "attempt = (SELECT MAX(attempt) FROM sync_operation_log WHERE job_id = ?)";

    private final JdbcTemplate jdbc;

    JdbcSyncRunRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long create(UUID jobId, SyncType type, boolean dryRun, Integer limit, String triggeredBy, Instant now) {
        return create(jobId, type, dryRun, limit, triggeredBy, now, RunScope.FULL, null);
    }

    /**
     * A run of one type (never ALL) in job {@code jobId}, reading what {@code scope} says;
     * {@code retryOfRunId} is the run whose failed records it retries, if any.
     */
    public long create(UUID jobId, SyncType type, boolean dryRun, Integer limit, String triggeredBy, Instant now, RunScope scope,
            Long retryOfRunId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO sync_operation_log (job_id, sync_type, status, dry_run,"
                    + " record_limit, parameters, triggered_by, created_at, run_mode, katana_ids, retry_of_run_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            statement.setString(1, jobId.toString());
            statement.setString(2, type.name());
            statement.setString(3, RunStatus.QUEUED.name());
            statement.setBoolean(4, dryRun);
            statement.setObject(5, limit);
            statement.setString(6, "{\"limit\":" + limit + ",\"dryRun\":" + dryRun + ",\"mode\":\"" + scope.mode() + "\""
                    + (retryOfRunId == null ? "" : ",\"retryOfRunId\":" + retryOfRunId) + "}");
            statement.setString(7, triggeredBy);
            statement.setTimestamp(8, Timestamp.from(now));
            statement.setString(9, scope.mode().name());
            statement.setString(10, scope.katanaIds().isEmpty() ? null
                    : scope.katanaIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
            statement.setObject(11, retryOfRunId);
            return statement;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * The next attempt of a run (a retry of its job): a new QUEUED row under the same job id and
     * type with the same parameters, numbered one higher. The run's own row and results are not touched.
     */
    public long createAttempt(long runId, Instant now) {
        jdbc.update("INSERT INTO sync_operation_log (job_id, sync_type, status, dry_run, record_limit, parameters, triggered_by,"
                + " created_at, run_mode, katana_ids, retry_of_run_id, attempt) SELECT job_id, sync_type, ?, dry_run, record_limit,"
                + " parameters, triggered_by, ?, run_mode, katana_ids, retry_of_run_id, attempt + 1 FROM sync_operation_log WHERE id = ?",
                RunStatus.QUEUED.name(), Timestamp.from(now), runId);
        return jdbc.queryForObject("SELECT n.id FROM sync_operation_log n JOIN sync_operation_log o ON n.job_id = o.job_id"
                + " AND n.sync_type = o.sync_type AND n.attempt = o.attempt + 1 WHERE o.id = ?", Long.class, runId);
    }

    public RunScope scope(long runId) {
        return jdbc.queryForObject("SELECT run_mode, updated_since, katana_ids FROM sync_operation_log WHERE id = ?", (rs, row) -> {
            String ids = rs.getString("katana_ids");
            return new RunScope(RunScope.RunMode.valueOf(rs.getString("run_mode")), instant(rs, "updated_since"),
                    ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList());
        }, runId);
    }

    public void recordUpdatedSince(long runId, Instant since) {
        jdbc.update("UPDATE sync_operation_log SET updated_since = ? WHERE id = ?", since == null ? null : Timestamp.from(since), runId);
    }

    /** When the last finished, non-dry, catalogue-wide run of a type started: what an incremental run reads from. */
    public Optional<Instant> lastCompleteRunStart(SyncType type, long exceptRunId) {
        Timestamp start = jdbc.queryForObject("SELECT MAX(start_time) FROM sync_operation_log WHERE sync_type = ? AND id <> ?"
                + " AND status IN ('SUCCESS', 'PARTIAL') AND dry_run = FALSE AND run_mode IN ('FULL', 'INCREMENTAL')",
                Timestamp.class, type.name(), exceptRunId);
        return Optional.ofNullable(start).map(Timestamp::toInstant);
    }

    public Optional<SyncRun> findById(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sync_operation_log WHERE id = ?", JdbcSyncRunRepository::toRun, id)
                .stream().findFirst();
    }

    /** The first run of a job's latest attempt; a job of type ALL has one run per type, see {@link #findAllByJobId}. */
    public Optional<SyncRun> findByJobId(UUID jobId) {
        return findAllByJobId(jobId).stream().findFirst();
    }

    /**
     * The runs of a job's latest attempt in the order they run: one for a single type, one per
     * type for ALL. What the job is now; {@link #findEveryAttempt} adds the attempts before it.
     */
    public List<SyncRun> findAllByJobId(UUID jobId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sync_operation_log WHERE job_id = ? AND " + LATEST_ATTEMPT + " ORDER BY id",
                JdbcSyncRunRepository::toRun, jobId.toString(), jobId.toString());
    }

    /** The runs of every attempt of a job, oldest attempt first. */
    public List<SyncRun> findEveryAttempt(UUID jobId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sync_operation_log WHERE job_id = ? ORDER BY attempt, id",
                JdbcSyncRunRepository::toRun, jobId.toString());
    }

    /**
     * The run of the job's latest attempt of the type: what a JobRunr job requeued by a retry
     * runs, although its arguments name a run of an earlier attempt.
     */
    public Optional<SyncRun> findLatestAttempt(UUID jobId, SyncType type) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sync_operation_log WHERE job_id = ? AND sync_type = ?"
                + " ORDER BY attempt DESC FETCH FIRST 1 ROWS ONLY", JdbcSyncRunRepository::toRun, jobId.toString(), type.name())
                .stream().findFirst();
    }

    /** The job whose failed records this job's runs retry (a retry-failed job), if it is one and that job still exists. */
    public Optional<UUID> findRetriedJob(UUID jobId) {
        return jdbc.queryForList("SELECT DISTINCT s.job_id FROM sync_operation_log r JOIN sync_operation_log s ON s.id = r.retry_of_run_id"
                + " WHERE r.job_id = ?", String.class, jobId.toString()).stream().findFirst().map(UUID::fromString);
    }

    /** The retry-failed jobs started from any attempt of this job, oldest first. */
    public List<UUID> findRetriesOf(UUID jobId) {
        return jdbc.queryForList("SELECT r.job_id FROM sync_operation_log r JOIN sync_operation_log s ON s.id = r.retry_of_run_id"
                + " WHERE s.job_id = ? GROUP BY r.job_id ORDER BY MIN(r.id)", String.class, jobId.toString())
                .stream().map(UUID::fromString).toList();
    }

    /** The run whose failed records this run retries, if it is a retry. */
    public Optional<Long> findRetrySource(long runId) {
        return jdbc.query("SELECT retry_of_run_id FROM sync_operation_log WHERE id = ? AND retry_of_run_id IS NOT NULL",
                (rs, row) -> rs.getLong(1), runId).stream().findFirst();
    }

    public Optional<SyncRun> findActive(SyncType type) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sync_operation_log WHERE sync_type = ? AND status IN (?, ?) ORDER BY id",
                JdbcSyncRunRepository::toRun, type.name(), RunStatus.QUEUED.name(), RunStatus.RUNNING.name()).stream().findFirst();
    }

    public List<SyncRun> findRecent(int max) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sync_operation_log ORDER BY id DESC FETCH FIRST " + max + " ROWS ONLY",
                JdbcSyncRunRepository::toRun);
    }

    /** Starts (or, after a crash, restarts) a run: its counters begin again from the new plan. */
    public void markRunning(long id, Instant now) {
        jdbc.update("UPDATE sync_operation_log SET status = ?, start_time = ?, end_time = NULL, error_message = NULL, total_records = 0,"
                + " processed = 0, succeeded = 0, failed = 0, created = 0, updated = 0, unchanged = 0 WHERE id = ?",
                RunStatus.RUNNING.name(), Timestamp.from(now), id);
    }

    public void setTotal(long id, int total) {
        jdbc.update("UPDATE sync_operation_log SET total_records = ? WHERE id = ?", total, id);
    }

    public void add(long id, SyncRun.Counters delta) {
        jdbc.update("UPDATE sync_operation_log SET processed = processed + ?, succeeded = succeeded + ?, failed = failed + ?,"
                + " created = created + ?, updated = updated + ?, unchanged = unchanged + ? WHERE id = ?",
                delta.processed(), delta.succeeded(), delta.failed(), delta.created(), delta.updated(), delta.unchanged(), id);
    }

    /** Runs newest first, optionally of one type and in some statuses (empty: any status). */
    public List<SyncRun> find(SyncType type, Collection<RunStatus> statuses, int offset, int max) {
        Filter filter = Filter.of(type, statuses);
        return jdbc.query("SELECT " + COLUMNS + " FROM sync_operation_log" + filter.where() + " ORDER BY id DESC OFFSET " + offset
                + " ROWS FETCH FIRST " + max + " ROWS ONLY", JdbcSyncRunRepository::toRun, filter.args());
    }

    public int count(SyncType type, Collection<RunStatus> statuses) {
        Filter filter = Filter.of(type, statuses);
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM sync_operation_log" + filter.where(), Integer.class, filter.args());
        return count == null ? 0 : count;
    }

    /** The service stopped while the run was running, and takes it up again. Kept when the run starts over. */
    public void countInterruption(long id) {
        jdbc.update("UPDATE sync_operation_log SET interruptions = interruptions + 1 WHERE id = ?", id);
    }

    /** The service is stopping in order: the runs still running are left for the next start, which resumes them. */
    public int markRunningAsStoppedOrderly() {
        return jdbc.update("UPDATE sync_operation_log SET stopped_orderly = TRUE WHERE status = ?", RunStatus.RUNNING.name());
    }

    /** True if an orderly stop left the run (the mark is cleared), false if the service was killed or crashed during it. */
    public boolean takeStoppedOrderly(long id) {
        return jdbc.update("UPDATE sync_operation_log SET stopped_orderly = FALSE WHERE id = ? AND stopped_orderly", id) == 1;
    }

    public int interruptions(long id) {
        Integer count = jdbc.queryForObject("SELECT interruptions FROM sync_operation_log WHERE id = ?", Integer.class, id);
        return count == null ? 0 : count;
    }

    /** Removes the run and, by cascade, its per-record results. The mapping table keeps what was written. */
    public void delete(long id) {
        jdbc.update("DELETE FROM sync_operation_log WHERE id = ?", id);
    }

    /** Removes every run of every attempt of the job, with their per-record results. */
    public void deleteJob(UUID jobId) {
        jdbc.update("DELETE FROM sync_operation_log WHERE job_id = ?", jobId.toString());
    }

    public void finish(long id, RunStatus status, Instant now, String errorMessage) {
        jdbc.update("UPDATE sync_operation_log SET status = ?, end_time = ?, error_message = ? WHERE id = ?",
                status.name(), Timestamp.from(now), truncate(errorMessage), id);
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
    }

    private static SyncRun toRun(ResultSet rs, int row) throws SQLException {
        return new SyncRun(rs.getLong("id"), UUID.fromString(rs.getString("job_id")), SyncType.valueOf(rs.getString("sync_type")),
                RunStatus.valueOf(rs.getString("status")), rs.getBoolean("dry_run"), rs.getObject("record_limit", Integer.class),
                rs.getString("triggered_by"), instant(rs, "created_at"), instant(rs, "start_time"), instant(rs, "end_time"),
                new SyncRun.Counters(rs.getInt("total_records"), rs.getInt("processed"), rs.getInt("succeeded"), rs.getInt("failed"),
                        rs.getInt("created"), rs.getInt("updated"), rs.getInt("unchanged")),
                rs.getString("error_message"), rs.getInt("attempt"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A WHERE clause on type and status, values bound as parameters. */
    private record Filter(String where, Object[] args) {

        static Filter of(SyncType type, Collection<RunStatus> statuses) {
            List<String> conditions = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            if (type != null) {
                conditions.add("sync_type = ?");
                args.add(type.name());
            }
            if (!statuses.isEmpty()) {
                conditions.add("status IN (" + String.join(", ", Collections.nCopies(statuses.size(), "?")) + ")");
                statuses.forEach(status -> args.add(status.name()));
            }
            return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), args.toArray());
        }
    }
}
