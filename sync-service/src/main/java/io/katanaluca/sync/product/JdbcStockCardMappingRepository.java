package io.katanaluca.sync.product;

import io.katanaluca.sync.product.domain.ExistingMapping;
import io.katanaluca.sync.run.JdbcByIds;
import io.katanaluca.sync.run.SyncType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The durable Katana variant ↔ Luca card mapping: the source of truth for idempotency. */
@Repository
public class JdbcStockCardMappingRepository implements CardOwners {

    private final JdbcTemplate jdbc;

    JdbcStockCardMappingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, ExistingMapping> findByVariantIds(Collection<Long> variantIds) {
        return JdbcByIds.find(jdbc, "SELECT katana_variant_id, card_code, luca_skart_id, payload_hash FROM stock_card_mapping"
                + " WHERE katana_variant_id IN (:ids)", variantIds, (rs, row) -> Map.entry(rs.getLong(1),
                        new ExistingMapping(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))));
    }

    /**
     * The Katana product or material of each variant a run has seen (from the per-record results);
     * variants never seen are absent.
     */
    public Map<Long, Parent> parentsOfVariants(Collection<Long> variantIds) {
        return JdbcByIds.find(jdbc, "SELECT r.katana_id, r.katana_parent_id, l.sync_type FROM sync_record_result r"
                + " JOIN sync_operation_log l ON l.id = r.run_id WHERE l.sync_type IN ('PRODUCT', 'MATERIAL')"
                + " AND r.katana_parent_id IS NOT NULL AND r.katana_id IN (:ids)", variantIds,
                (rs, row) -> Map.entry(rs.getLong(1), new Parent(SyncType.valueOf(rs.getString(3)), rs.getLong(2))));
    }

    /** A variant's owner: a product (sync type PRODUCT) or a material (MATERIAL). */
    public record Parent(SyncType type, long id) {
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM stock_card_mapping", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public Optional<Long> otherVariantWithCard(long skartId, long variantId) {
        return jdbc.queryForList("SELECT katana_variant_id FROM stock_card_mapping WHERE luca_skart_id = ? AND katana_variant_id <> ?"
                + " FETCH FIRST 1 ROWS ONLY", Long.class, skartId, variantId).stream().findFirst();
    }

    /** Forgets the cards deleted from Luca. */
    public void deleteAll(Collection<Long> variantIds) {
        jdbc.batchUpdate("DELETE FROM stock_card_mapping WHERE katana_variant_id = ?", variantIds.stream().map(id -> new Object[] {id}).toList());
    }

    /** Records what was written; update-then-insert keeps the SQL portable between H2 and PostgreSQL. */
    public void saveAll(List<Written> written, Instant now) {
        Timestamp at = Timestamp.from(now);
        for (Written w : written) {
            int updated = jdbc.update("UPDATE stock_card_mapping SET katana_product_id = ?, sku = ?, card_code = ?, luca_skart_id = ?,"
                    + " payload_hash = ?, synced_at = ? WHERE katana_variant_id = ?",
                    w.productId(), w.sku(), w.cardCode(), w.skartId(), w.payloadHash(), at, w.variantId());
            if (updated == 0) {
                jdbc.update("INSERT INTO stock_card_mapping (katana_variant_id, katana_product_id, sku, card_code, luca_skart_id,"
                        + " payload_hash, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        w.variantId(), w.productId(), w.sku(), w.cardCode(), w.skartId(), w.payloadHash(), at);
            }
        }
    }

    /** A card written to Luca for a Katana variant. */
    public record Written(long variantId, long productId, String sku, String cardCode, long skartId, String payloadHash) {
    }
}
