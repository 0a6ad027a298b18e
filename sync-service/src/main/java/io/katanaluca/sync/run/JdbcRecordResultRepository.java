package io.katanaluca.sync.run;

import io.katanaluca.sync.record.Action;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-record results of every record type. A run first stages its whole plan here (so a
 * 100,000-variant catalogue never sits in memory), then the writers take the pending rows in id
 * order and record outcomes.
 */
@Repository
public class JdbcRecordResultRepository {

    private static final String SELECT_RESULTS = "SELECT r.id, r.katana_id, r.katana_parent_id, r.sku, r.card_code, r.action, r.outcome,"
            + " r.reason, r.luca_id, r.finished_at, r.warnings, l.sync_type, l.status AS run_status, l.error_message AS run_error"
            + " FROM sync_record_result r JOIN sync_operation_log l ON l.id = r.run_id";
    private static final int MAX_TEXT = 2000;
    private static final int MAX_KEY = 1000;
    /** The actions of records deleted or archived in Katana: they hold the code of a card written before, not a new claim on it. */
    private static final String REMOVALS = "('DELETE', 'KEEP')";
    /** Failed, or left PENDING by a run that had handed its writes out (it stopped writing); not the half plan of a run that failed planning. */
    private static final String TO_RETRY = "(outcome = 'FAILED' OR outcome = 'PENDING'"
            + " AND EXISTS (SELECT 1 FROM sync_operation_log l WHERE l.id = run_id AND l.batches_total IS NOT NULL))";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    JdbcRecordResultRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void deleteForRun(long runId) {
        jdbc.update("DELETE FROM sync_record_result WHERE run_id = ?", runId);
    }

    public void insertStaged(long runId, List<StagedRecord> records, boolean dryRun) {
        jdbc.batchUpdate("INSERT INTO sync_record_result (run_id, katana_id, katana_parent_id, sku, card_code, action, outcome, reason,"
                + " luca_id, payload_hash, payload, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", records, 500, (ps, record) -> {
                    ps.setLong(1, runId);
                    ps.setLong(2, record.katanaId());
                    ps.setObject(3, record.katanaParentId());
                    ps.setString(4, cut(record.sku(), MAX_KEY));
                    ps.setString(5, cut(record.code(), MAX_KEY));
                    ps.setString(6, record.action().name());
                    ps.setString(7, initialOutcome(record.action(), dryRun).name());
                    ps.setString(8, cut(record.reason(), MAX_TEXT));
                    ps.setObject(9, record.lucaId());
                    ps.setString(10, record.payloadHash());
                    ps.setString(11, record.needsWrite() ? json.writeValueAsString(record.payload()) : null);
                    ps.setString(12, cut(record.warnings().isEmpty() ? null : String.join("\n", record.warnings()), MAX_TEXT));
                });
    }

    static RecordOutcome initialOutcome(Action action, boolean dryRun) {
        return switch (action) {
            case INVALID -> RecordOutcome.FAILED;
            case UNCHANGED -> RecordOutcome.UNCHANGED;
            case CHANGED -> RecordOutcome.NOT_UPDATED;
            case KEEP -> RecordOutcome.NOT_DELETED;
            case CREATE, UPDATE, DELETE -> dryRun ? RecordOutcome.DRY_RUN : RecordOutcome.PENDING;
        };
    }

    /**
     * Two records that map to one Luca code (e.g. SKUs that differ only by surrounding spaces)
     * cannot both own the Luca record, and picking one would be a guess: both fail with a reason,
     * worded by the record type, that names the other.
     */
    public int failCollidingCodes(long runId, CollisionReason reason) {
        List<String> colliding = collidingCodes(runId);
        Map<String, List<RecordResult>> byCode = new LinkedHashMap<>();
        for (List<String> codes : BatchFanOut.partition(colliding, 500)) {
            jdbc.query(SELECT_RESULTS + " WHERE r.run_id = ? AND r.action NOT IN " + REMOVALS + " AND r.card_code IN ("
                    + String.join(",", Collections.nCopies(codes.size(), "?")) + ") ORDER BY r.id", JdbcRecordResultRepository::toResult,
                    Stream.concat(Stream.of((Object) runId), codes.stream()).toArray())
                    .forEach(result -> byCode.computeIfAbsent(result.cardCode(), code -> new ArrayList<>()).add(result));
        }
        List<Object[]> updates = new ArrayList<>();
        byCode.forEach((code, clashing) -> clashing.forEach(result -> updates.add(new Object[] {
                cut(reason.describe(code, result, clashing.stream().filter(other -> other.id() != result.id()).toList()), MAX_TEXT),
                result.id()})));
        jdbc.batchUpdate("UPDATE sync_record_result SET action = 'INVALID', outcome = 'FAILED', reason = ?, luca_id = NULL,"
                + " payload = NULL WHERE id = ?", updates);
        return updates.size();
    }

    /**
     * The codes more than one live record of the run carries, read in code order so that equal codes
     * come one after the other: one pass over the index, nothing grouped in memory (an IN over a
     * grouping subquery was run again for every row of the run on H2: hours for 100,000 records).
     */
    private List<String> collidingCodes(long runId) {
        List<String> colliding = new ArrayList<>();
        String[] previous = {null};
        jdbc.query("SELECT card_code FROM sync_record_result WHERE run_id = ? AND card_code IS NOT NULL AND action NOT IN " + REMOVALS
                + " ORDER BY card_code", rs -> {
                    String code = rs.getString(1);
                    if (code.equals(previous[0]) && (colliding.isEmpty() || !colliding.get(colliding.size() - 1).equals(code))) {
                        colliding.add(code);
                    }
                    previous[0] = code;
                }, runId);
        return colliding;
    }

    /**
     * A card planned for deletion whose code a live record of the same run also carries (Katana
     * gave the SKU to another variant) belongs to that record now: it is kept, not deleted.
     */
    public int spareCardsClaimedInRun(long runId) {
        List<Object[]> claimed = jdbc.queryForList("SELECT d.id FROM sync_record_result d WHERE d.run_id = ? AND d.action = 'DELETE'"
                + " AND EXISTS (SELECT 1 FROM sync_record_result l WHERE l.run_id = d.run_id AND l.card_code = d.card_code"
                + " AND l.action NOT IN " + REMOVALS + ")", Long.class, runId).stream().map(id -> new Object[] {id}).toList();
        jdbc.batchUpdate("UPDATE sync_record_result SET action = 'KEEP', outcome = 'NOT_DELETED', reason = CONCAT(reason,"
                + " '; kept after all: a live Katana record of this run has the same card code') WHERE id = ?", claimed);
        return claimed.size();
    }

    public Map<RecordOutcome, Integer> countOutcomes(long runId) {
        Map<RecordOutcome, Integer> counts = new EnumMap<>(RecordOutcome.class);
        jdbc.query("SELECT outcome, COUNT(*) FROM sync_record_result WHERE run_id = ? GROUP BY outcome",
                rs -> { counts.put(RecordOutcome.valueOf(rs.getString(1)), rs.getInt(2)); }, runId);
        return counts;
    }

    /** Outcome counts over every run of one attempt of a job (the three parts of an ALL job). */
    public Map<RecordOutcome, Integer> countOutcomesOfJob(UUID jobId, int attempt) {
        Map<RecordOutcome, Integer> counts = new EnumMap<>(RecordOutcome.class);
        jdbc.query("SELECT r.outcome, COUNT(*) FROM sync_record_result r JOIN sync_operation_log l ON l.id = r.run_id WHERE l.job_id = ?"
                + " AND l.attempt = ? GROUP BY r.outcome", rs -> { counts.put(RecordOutcome.valueOf(rs.getString(1)), rs.getInt(2)); },
                jobId.toString(), attempt);
        return counts;
    }

    public Map<Action, Integer> countActions(long runId) {
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        jdbc.query("SELECT action, COUNT(*) FROM sync_record_result WHERE run_id = ? GROUP BY action",
                rs -> { counts.put(Action.valueOf(rs.getString(1)), rs.getInt(2)); }, runId);
        return counts;
    }

    /**
     * The staged writes of a run with ids in {@code [firstId, lastId]} (one batch), in id order. Both
     * ends bound the rows read: with only a lower end H2 read and sorted every pending row of the run
     * after it for each batch, quadratic in the run's size (a 100,000-variant run slowed to 40 writes a second).
     */
    public List<PendingRecord> pendingBetween(long runId, long firstId, long lastId) {
        return jdbc.query("SELECT id, katana_id, katana_parent_id, sku, card_code, action, luca_id, payload_hash, payload"
                + " FROM sync_record_result WHERE run_id = ? AND outcome = 'PENDING' AND id BETWEEN ? AND ? ORDER BY id",
                (rs, row) -> new PendingRecord(rs.getLong("id"), rs.getLong("katana_id"), rs.getObject("katana_parent_id", Long.class),
                        rs.getString("sku"), rs.getString("card_code"), Action.valueOf(rs.getString("action")),
                        rs.getObject("luca_id", Long.class), rs.getString("payload_hash"), rs.getString("payload")),
                runId, firstId, lastId);
    }

    public void complete(List<Completion> completions, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.batchUpdate("UPDATE sync_record_result SET outcome = ?, luca_id = ?, reason = COALESCE(?, reason), finished_at = ? WHERE id = ?",
                completions.stream().map(c -> new Object[] {c.outcome().name(), c.lucaId(), cut(c.reason(), MAX_TEXT), at, c.resultId()}).toList());
        addWarnings(completions.stream().filter(c -> c.warning() != null).toList());
    }

    /** After the warnings the mapping gave at planning time, what the write went through. */
    private void addWarnings(List<Completion> warned) {
        if (warned.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("UPDATE sync_record_result SET warnings = LEFT(CASE WHEN warnings IS NULL THEN ? ELSE warnings || ? END, "
                + MAX_TEXT + ") WHERE id = ?", warned.stream().map(c -> new Object[] {c.warning(), "\n" + c.warning(), c.resultId()}).toList());
    }

    public List<RecordResult> find(long runId, RecordOutcome outcome, int offset, int max) {
        return jdbc.query(SELECT_RESULTS + " WHERE r.run_id = ?" + filter(outcome) + " ORDER BY r.id OFFSET " + offset
                + " ROWS FETCH FIRST " + max + " ROWS ONLY", JdbcRecordResultRepository::toResult, runId);
    }

    public int count(long runId, RecordOutcome outcome) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM sync_record_result r WHERE r.run_id = ?" + filter(outcome), Integer.class, runId);
        return count == null ? 0 : count;
    }

    /**
     * The records of every run of one attempt of a job in planning order: run by run (products,
     * materials, customers for ALL), and in each run as Katana listed them (Katana lists newest first).
     */
    public List<RecordResult> findForJob(UUID jobId, int attempt, RecordOutcome outcome, int offset, int max) {
        return jdbc.query(SELECT_RESULTS + " WHERE l.job_id = ? AND l.attempt = ?" + filter(outcome) + " ORDER BY l.id, r.id OFFSET " + offset
                + " ROWS FETCH FIRST " + max + " ROWS ONLY", JdbcRecordResultRepository::toResult, jobId.toString(), attempt);
    }

    public int countForJob(UUID jobId, int attempt, RecordOutcome outcome) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM sync_record_result r JOIN sync_operation_log l ON l.id = r.run_id"
                + " WHERE l.job_id = ? AND l.attempt = ?" + filter(outcome), Integer.class, jobId.toString(), attempt);
        return count == null ? 0 : count;
    }

    /** The failed records of a run. */
    public RecordSelection failedSelection(long runId) {
        return selection(runId, "outcome = 'FAILED'");
    }

    /** What a retry of an ended run writes: its failed records and those it never wrote (PENDING: the run stopped writing first). */
    public RecordSelection retrySelection(long runId) {
        return selection(runId, TO_RETRY);
    }

    /**
     * The records of a type's real runs since (and with) its last complete FULL or INCREMENTAL run
     * that are still to retry there: what an incremental run reads again besides the changes.
     */
    public RecordSelection failedSinceLastCompleteRun(SyncType type, long exceptRunId) {
        Set<Long> ids = new HashSet<>();
        Set<Long> parents = new HashSet<>();
        jdbc.query("SELECT katana_id, katana_parent_id FROM sync_record_result WHERE run_id IN (SELECT o.id FROM sync_operation_log o"
                + " WHERE o.sync_type = ? AND o.dry_run = FALSE AND o.id <> ? AND o.id >= COALESCE((SELECT MAX(c.id) FROM sync_operation_log c"
                + " WHERE c.sync_type = ? AND c.id <> ? AND c.dry_run = FALSE AND c.status IN ('SUCCESS', 'PARTIAL')"
                + " AND c.run_mode IN ('FULL', 'INCREMENTAL')), 0)) AND " + TO_RETRY, rs -> {
                    ids.add(rs.getLong(1));
                    Long parent = rs.getObject(2, Long.class);
                    if (parent != null) {
                        parents.add(parent);
                    }
                }, type.name(), exceptRunId, type.name(), exceptRunId);
        return RecordSelection.only(ids, parents);
    }

    /** The records {@link #retrySelection} takes. */
    public int countToRetry(long runId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM sync_record_result WHERE run_id = ? AND " + TO_RETRY, Integer.class, runId);
        return count == null ? 0 : count;
    }

    private RecordSelection selection(long runId, String outcomes) {
        Set<Long> ids = new HashSet<>();
        Set<Long> parents = new HashSet<>();
        jdbc.query("SELECT katana_id, katana_parent_id FROM sync_record_result WHERE run_id = ? AND " + outcomes, rs -> {
            ids.add(rs.getLong(1));
            Long parent = rs.getObject(2, Long.class);
            if (parent != null) {
                parents.add(parent);
            }
        }, runId);
        return RecordSelection.only(ids, parents);
    }

    private static String filter(RecordOutcome outcome) {
        return outcome == null ? "" : " AND r.outcome = '" + outcome.name() + "'";
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    private static RecordResult toResult(ResultSet rs, int row) throws SQLException {
        String warnings = rs.getString("warnings");
        RecordOutcome outcome = RecordOutcome.valueOf(rs.getString("outcome"));
        return new RecordResult(rs.getLong("id"), rs.getLong("katana_id"), rs.getObject("katana_parent_id", Long.class),
                rs.getString("sku"), rs.getString("card_code"), Action.valueOf(rs.getString("action")),
                outcome, reason(outcome, rs), rs.getObject("luca_id", Long.class),
                JdbcSyncRunRepository.instant(rs, "finished_at"), SyncType.valueOf(rs.getString("sync_type")),
                warnings == null ? List.of() : Arrays.asList(warnings.split("\n")));
    }

    /**
     * A record still PENDING when its run had ended was never written (the run stopped first, e.g.
     * Luca could not be reached): the run's message says why. Told when read, not stored, so that
     * stopping a run never touches the rows other batches are completing.
     */
    private static String reason(RecordOutcome outcome, ResultSet rs) throws SQLException {
        String reason = rs.getString("reason");
        if (outcome != RecordOutcome.PENDING || RunStatus.valueOf(rs.getString("run_status")).isActive()) {
            return reason;
        }
        String runError = rs.getString("run_error");
        return "Not written: " + (runError == null ? "the run ended before this record's batch" : runError)
                + (reason == null ? "" : " (planned: " + reason + ")");
    }

    /** The outcome of one pending write; {@code warning}, if any, is added to the record's warnings. */
    public record Completion(long resultId, RecordOutcome outcome, Long lucaId, String reason, String warning) {

        public Completion(long resultId, RecordOutcome outcome, Long lucaId, String reason) {
            this(resultId, outcome, lucaId, reason, null);
        }

        public Completion withWarning(Optional<String> added) {
            return new Completion(resultId, outcome, lucaId, reason, added.orElse(null));
        }
    }

    /** The reason given to each of the records that map to one Luca code. */
    @FunctionalInterface
    public interface CollisionReason {
        String describe(String code, RecordResult result, List<RecordResult> others);
    }
}
