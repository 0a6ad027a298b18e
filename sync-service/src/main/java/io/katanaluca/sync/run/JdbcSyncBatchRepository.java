package io.katanaluca.sync.run;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A run's batches ({@code sync_batch}) and the run's batch counts in the operation log. A batch is
 * marked done by a conditional update, so of two nodes that ran it only one commits its outcomes.
 */
@Repository
class JdbcSyncBatchRepository {

    private static final String COLUMNS = "run_id, batch_no, first_result_id, last_result_id, records";

    private final JdbcTemplate jdbc;

    JdbcSyncBatchRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Cuts the run's pending results, in id order, into batches of {@code size}; call inside a transaction. */
    int stage(long runId, int size) {
        List<Long> pendingIds = jdbc.queryForList("SELECT id FROM sync_record_result WHERE run_id = ? AND outcome = 'PENDING' ORDER BY id",
                Long.class, runId);
        List<Object[]> rows = new ArrayList<>();
        for (int from = 0; from < pendingIds.size(); from += size) {
            int to = Math.min(from + size, pendingIds.size()) - 1;
            rows.add(new Object[] {runId, rows.size(), pendingIds.get(from), pendingIds.get(to), to - from + 1});
        }
        jdbc.batchUpdate("INSERT INTO sync_batch (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", rows);
        jdbc.update("UPDATE sync_operation_log SET batches_total = ?, batches_done = 0 WHERE id = ?", rows.size(), runId);
        return rows.size();
    }

    /** A run that starts over (a retry of its job) hands out new batches. */
    void forget(long runId) {
        jdbc.update("DELETE FROM sync_batch WHERE run_id = ?", runId);
        jdbc.update("UPDATE sync_operation_log SET batches_total = NULL, batches_done = 0 WHERE id = ?", runId);
    }

    boolean isStaged(long runId) {
        return jdbc.queryForObject("SELECT batches_total FROM sync_operation_log WHERE id = ?", Integer.class, runId) != null;
    }

    List<SyncBatch> notDone(long runId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sync_batch WHERE run_id = ? AND done_at IS NULL ORDER BY batch_no",
                (rs, row) -> new SyncBatch(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getInt(5)), runId);
    }

    Optional<SyncBatch> findNotDone(long runId, int batchNo) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sync_batch WHERE run_id = ? AND batch_no = ? AND done_at IS NULL",
                (rs, row) -> new SyncBatch(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getInt(5)), runId, batchNo)
                .stream().findFirst();
    }

    void countAttempt(SyncBatch batch, String node) {
        jdbc.update("UPDATE sync_batch SET attempts = attempts + 1, node = ? WHERE run_id = ? AND batch_no = ?",
                node, batch.runId(), batch.batchNo());
    }

    int attempts(SyncBatch batch) {
        return jdbc.queryForObject("SELECT attempts FROM sync_batch WHERE run_id = ? AND batch_no = ?", Integer.class,
                batch.runId(), batch.batchNo());
    }

    /** True for the one caller that marks the batch done; false if it was done already (a repeat). */
    boolean markDone(SyncBatch batch, String node, Instant now) {
        return jdbc.update("UPDATE sync_batch SET done_at = ?, node = ? WHERE run_id = ? AND batch_no = ? AND done_at IS NULL",
                Timestamp.from(now), node, batch.runId(), batch.batchNo()) == 1;
    }

    void countDone(long runId) {
        jdbc.update("UPDATE sync_operation_log SET batches_done = batches_done + 1 WHERE id = ?", runId);
    }

    /** True when every batch handed out is done (also when there were none). */
    boolean isEveryBatchDone(long runId) {
        Boolean done = jdbc.queryForObject("SELECT COALESCE(batches_total, 0) <= batches_done FROM sync_operation_log WHERE id = ?",
                Boolean.class, runId);
        return Boolean.TRUE.equals(done);
    }

    /** Ends the run unless something else ended it already; true for the one caller that did. */
    boolean finishRun(long runId, RunStatus status, Instant now, String summary) {
        return jdbc.update("UPDATE sync_operation_log SET status = ?, end_time = ?, error_message = ? WHERE id = ? AND status = ?",
                status.name(), Timestamp.from(now), truncate(summary), runId, RunStatus.RUNNING.name()) == 1;
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
    }
}
