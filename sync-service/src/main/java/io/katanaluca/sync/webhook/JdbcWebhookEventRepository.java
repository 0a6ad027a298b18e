package io.katanaluca.sync.webhook;

import java.sql.Timestamp;
import java.time.Instant;
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

    static final String RECEIVED = "RECEIVED";
    static final String IGNORED = "IGNORED";

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
                event.webhookId(), retryNum, event.isCatalogueEvent() ? RECEIVED : IGNORED, Timestamp.from(now));
        return true;
    }

    public int count(String status) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM katana_webhook_event WHERE status = ?", Integer.class, status);
        return count == null ? 0 : count;
    }
}
