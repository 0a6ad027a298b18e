package io.katanaluca.sync.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Received webhook events. A delivery whose exact body is already waiting to be processed is a
 * duplicate or a retry and is not recorded again; the same body after the earlier one was
 * processed is a new change and is recorded.
 */
@Repository
class JdbcWebhookEventRepository {

    /** A recorded event not yet acted on. */
    record PendingEvent(long id, String action, Long objectId) {
    }

    static final String RECEIVED = "RECEIVED";
    static final String IGNORED = "IGNORED";
    static final String PROCESSED = "PROCESSED";

    private final JdbcTemplate jdbc;

    JdbcWebhookEventRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event unless an identical one is pending; true when it was recorded. */
    @Transactional
    public boolean recordUnlessPending(String deliveryKey, WebhookEvent event, int retryNum, Instant now) {
        Integer pending = jdbc.queryForObject("SELECT COUNT(*) FROM katana_webhook_event WHERE delivery_key = ? AND status = ?",
                Integer.class, deliveryKey, RECEIVED);
        if (pending != null && pending > 0) {
            return false;
        }
        jdbc.update("INSERT INTO katana_webhook_event (delivery_key, resource_type, action, object_id, webhook_id, retry_num, status,"
                + " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", deliveryKey, event.resourceType(), event.action(), event.objectId(),
                event.webhookId(), retryNum, event.isActedOn() ? RECEIVED : IGNORED, Timestamp.from(now));
        return true;
    }

    /** Catalogue events waiting to be turned into a sync, oldest first. */
    public List<PendingEvent> pending(int max) {
        return jdbc.query("SELECT id, action, object_id FROM katana_webhook_event WHERE status = ? ORDER BY id FETCH FIRST " + max
                + " ROWS ONLY", (rs, row) -> new PendingEvent(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)), RECEIVED);
    }

    /** When the newest and the oldest pending catalogue event arrived; empty when none is pending. */
    public Optional<PendingSpan> pendingSpan() {
        return jdbc.query("SELECT MIN(received_at), MAX(received_at) FROM katana_webhook_event WHERE status = ?", (rs, row) -> {
            Timestamp oldest = rs.getTimestamp(1);
            return oldest == null ? null : new PendingSpan(oldest.toInstant(), rs.getTimestamp(2).toInstant());
        }, RECEIVED).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** The arrival times of the pending events. */
    record PendingSpan(Instant oldest, Instant newest) {
    }

    public void mark(List<Long> eventIds, String status, Instant now) {
        jdbc.batchUpdate("UPDATE katana_webhook_event SET status = ?, processed_at = ? WHERE id = ?",
                eventIds.stream().map(id -> new Object[] {status, Timestamp.from(now), id}).toList());
    }

    public int count(String status) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM katana_webhook_event WHERE status = ?", Integer.class, status);
        return count == null ? 0 : count;
    }
}
