package io.katanaluca.sync.customer;

import io.katanaluca.sync.customer.domain.CustomerDraft;
import io.katanaluca.sync.customer.domain.CustomerMapping;
import io.katanaluca.sync.run.JdbcByIds;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable Katana customer ↔ Luca account mapping: the source of truth for idempotency. It
 * keeps the payload as written, so a change in Katana can be reported field by field.
 */
@Repository
public class JdbcCustomerMappingRepository {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    JdbcCustomerMappingRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Map<Long, CustomerMapping> findByCustomerIds(Collection<Long> customerIds) {
        return JdbcByIds.find(jdbc, "SELECT katana_customer_id, account_code, luca_finansal_nesne_id, payload_hash, payload"
                + " FROM customer_mapping WHERE katana_customer_id IN (:ids)", customerIds, (rs, row) -> Map.entry(rs.getLong(1),
                        new CustomerMapping(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                                json.readValue(rs.getString(5), CustomerDraft.class))));
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM customer_mapping", Long.class);
        return count == null ? 0 : count;
    }

    /** Records what Luca now holds; update-then-insert keeps the SQL portable between H2 and PostgreSQL. */
    public void saveAll(List<Written> written, Instant now) {
        Timestamp at = Timestamp.from(now);
        for (Written w : written) {
            String payload = json.writeValueAsString(w.payload());
            int updated = jdbc.update("UPDATE customer_mapping SET account_code = ?, luca_finansal_nesne_id = ?, payload_hash = ?,"
                    + " payload = ?, synced_at = ? WHERE katana_customer_id = ?", w.code(), w.lucaId(), w.payloadHash(), payload, at, w.customerId());
            if (updated == 0) {
                jdbc.update("INSERT INTO customer_mapping (katana_customer_id, account_code, luca_finansal_nesne_id, payload_hash, payload,"
                        + " synced_at) VALUES (?, ?, ?, ?, ?, ?)", w.customerId(), w.code(), w.lucaId(), w.payloadHash(), payload, at);
            }
        }
    }

    /** An account Luca holds for a Katana customer, with the payload it holds. */
    public record Written(long customerId, String code, long lucaId, String payloadHash, CustomerDraft payload) {
    }
}
