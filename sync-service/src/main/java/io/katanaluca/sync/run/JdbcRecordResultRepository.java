package io.katanaluca.sync.run;

import io.katanaluca.sync.product.PlannedItem;
import io.katanaluca.sync.product.PlannedItem.Action;
import io.katanaluca.sync.product.StockCardDraft;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-record results. A run first stages its whole plan here (so a 100,000-variant catalogue
 * never sits in memory), then the writers take the pending rows in id order and record outcomes.
 */
@Repository
public class JdbcRecordResultRepository {

    private static final String RESULT_COLUMNS = "id, katana_id, katana_parent_id, sku, card_code, action, outcome, reason, luca_id, finished_at";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    JdbcRecordResultRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void deleteForRun(long runId) {
        jdbc.update("DELETE FROM sync_record_result WHERE run_id = ?", runId);
    }

    public void insertPlanned(long runId, List<PlannedItem> items, boolean dryRun) {
        jdbc.batchUpdate("INSERT INTO sync_record_result (run_id, katana_id, katana_parent_id, sku, card_code, action, outcome, reason,"
                + " luca_id, payload_hash, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", items, 500, (ps, item) -> {
                    ps.setLong(1, runId);
                    ps.setLong(2, item.variant().variantId());
                    ps.setLong(3, item.variant().productId());
                    ps.setString(4, item.variant().rawSku());
                    ps.setString(5, item.variant().cardCode());
                    ps.setString(6, item.action().name());
                    ps.setString(7, initialOutcome(item, dryRun).name());
                    ps.setString(8, item.reason());
                    ps.setObject(9, item.skartId());
                    ps.setString(10, item.payloadHash());
                    ps.setString(11, item.needsWrite() ? json.writeValueAsString(item.variant().draft()) : null);
                });
    }

    private static RecordOutcome initialOutcome(PlannedItem item, boolean dryRun) {
        return switch (item.action()) {
            case INVALID -> RecordOutcome.FAILED;
            case UNCHANGED -> RecordOutcome.UNCHANGED;
            case CREATE, UPDATE -> dryRun ? RecordOutcome.DRY_RUN : RecordOutcome.PENDING;
        };
    }

    /**
     * Two variants that map to one card code (e.g. SKUs that differ only by surrounding spaces)
     * cannot both own the card, and picking one would be a guess: both fail with a reason that
     * names the other.
     */
    public int failCollidingCodes(long runId) {
        Map<String, List<RecordResult>> byCode = jdbc.query("SELECT " + RESULT_COLUMNS + " FROM sync_record_result WHERE run_id = ?"
                + " AND card_code IN (SELECT card_code FROM sync_record_result WHERE run_id = ? AND card_code IS NOT NULL"
                + " GROUP BY card_code HAVING COUNT(*) > 1) ORDER BY id", JdbcRecordResultRepository::toResult, runId, runId)
                .stream().collect(Collectors.groupingBy(RecordResult::cardCode, LinkedHashMap::new, Collectors.toList()));
        List<Object[]> updates = new ArrayList<>();
        byCode.forEach((code, clashing) -> clashing.forEach(result -> updates.add(new Object[] {
                collisionReason(code, result, clashing), result.id()})));
        jdbc.batchUpdate("UPDATE sync_record_result SET action = 'INVALID', outcome = 'FAILED', reason = ?, luca_id = NULL,"
                + " payload = NULL WHERE id = ?", updates);
        return updates.size();
    }

    private static String collisionReason(String code, RecordResult result, List<RecordResult> clashing) {
        String others = clashing.stream().filter(other -> other.id() != result.id())
                .map(other -> "variant " + other.katanaId() + " of product " + other.katanaParentId() + " (SKU '" + other.sku() + "')")
                .collect(Collectors.joining(", "));
        return "SKU '" + result.sku() + "' of variant " + result.katanaId() + " of product " + result.katanaParentId()
                + " gives card code '" + code + "', as does " + others + "; make the SKUs unique in Katana";
    }

    public Map<RecordOutcome, Integer> countOutcomes(long runId) {
        Map<RecordOutcome, Integer> counts = new EnumMap<>(RecordOutcome.class);
        jdbc.query("SELECT outcome, COUNT(*) FROM sync_record_result WHERE run_id = ? GROUP BY outcome",
                rs -> { counts.put(RecordOutcome.valueOf(rs.getString(1)), rs.getInt(2)); }, runId);
        return counts;
    }

    public Map<Action, Integer> countActions(long runId) {
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        jdbc.query("SELECT action, COUNT(*) FROM sync_record_result WHERE run_id = ? GROUP BY action",
                rs -> { counts.put(Action.valueOf(rs.getString(1)), rs.getInt(2)); }, runId);
        return counts;
    }

    public List<PendingWrite> nextPending(long runId, long afterId, int max) {
        return jdbc.query("SELECT id, katana_id, katana_parent_id, sku, action, luca_id, payload_hash, payload FROM sync_record_result"
                + " WHERE run_id = ? AND outcome = 'PENDING' AND id > ? ORDER BY id FETCH FIRST " + max + " ROWS ONLY",
                (rs, row) -> new PendingWrite(rs.getLong("id"), rs.getLong("katana_id"), rs.getLong("katana_parent_id"),
                        rs.getString("sku"), Action.valueOf(rs.getString("action")), rs.getObject("luca_id", Long.class),
                        rs.getString("payload_hash"), json.readValue(rs.getString("payload"), StockCardDraft.class)),
                runId, afterId);
    }

    public void complete(List<Completion> completions, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.batchUpdate("UPDATE sync_record_result SET outcome = ?, luca_id = ?, reason = ?, finished_at = ? WHERE id = ?",
                completions.stream().map(c -> new Object[] {c.outcome().name(), c.lucaId(), truncate(c.reason()), at, c.resultId()}).toList());
    }

    public List<RecordResult> find(long runId, RecordOutcome outcome, int offset, int max) {
        String filter = outcome == null ? "" : " AND outcome = '" + outcome.name() + "'";
        return jdbc.query("SELECT " + RESULT_COLUMNS + " FROM sync_record_result WHERE run_id = ?" + filter
                + " ORDER BY id OFFSET " + offset + " ROWS FETCH FIRST " + max + " ROWS ONLY", JdbcRecordResultRepository::toResult, runId);
    }

    public int count(long runId, RecordOutcome outcome) {
        String filter = outcome == null ? "" : " AND outcome = '" + outcome.name() + "'";
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM sync_record_result WHERE run_id = ?" + filter, Integer.class, runId);
        return count == null ? 0 : count;
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 1997) + "...";
    }

    private static RecordResult toResult(ResultSet rs, int row) throws SQLException {
        return new RecordResult(rs.getLong("id"), rs.getLong("katana_id"), rs.getObject("katana_parent_id", Long.class),
                rs.getString("sku"), rs.getString("card_code"), Action.valueOf(rs.getString("action")),
                RecordOutcome.valueOf(rs.getString("outcome")), rs.getString("reason"), rs.getObject("luca_id", Long.class),
                JdbcSyncRunRepository.instant(rs, "finished_at"));
    }

    /** The outcome of one pending write. */
    public record Completion(long resultId, RecordOutcome outcome, Long lucaId, String reason) {
    }
}
