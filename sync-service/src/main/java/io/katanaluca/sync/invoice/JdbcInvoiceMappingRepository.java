package io.katanaluca.sync.invoice;

import io.katanaluca.sync.invoice.domain.InvoiceDraft;
import io.katanaluca.sync.invoice.domain.InvoiceMapping;
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
 * The durable Katana order ↔ Luca invoice mapping ({@code invoice_mapping}), and the delivery ↔
 * invoice mapping when each delivery is invoiced on its own ({@code delivery_invoice_mapping}):
 * what keeps an order or a delivery from being invoiced twice. Each keeps the payload as sent, so a
 * change in Katana after invoicing is reported field by field.
 */
@Repository
public class JdbcInvoiceMappingRepository {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    JdbcInvoiceMappingRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Map<Long, InvoiceMapping> findByOrderIds(Collection<Long> orderIds) {
        return JdbcByIds.find(jdbc, "SELECT katana_order_id, ss_fatura_baslik_id, belge_no, payload_hash, payload FROM invoice_mapping"
                + " WHERE katana_order_id IN (:ids)", orderIds, (rs, row) -> Map.entry(rs.getLong(1), new InvoiceMapping(rs.getLong(1),
                        rs.getLong(2), rs.getString(3), rs.getString(4), json.readValue(rs.getString(5), InvoiceDraft.class))));
    }

    /** The invoices of these deliveries, by Katana fulfillment id. */
    public Map<Long, InvoiceMapping> findByDeliveryIds(Collection<Long> fulfillmentIds) {
        return JdbcByIds.find(jdbc, "SELECT katana_fulfillment_id, katana_order_id, ss_fatura_baslik_id, belge_no, payload_hash, payload"
                + " FROM delivery_invoice_mapping WHERE katana_fulfillment_id IN (:ids)", fulfillmentIds, (rs, row) -> Map.entry(rs.getLong(1),
                        new InvoiceMapping(rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                                json.readValue(rs.getString(6), InvoiceDraft.class))));
    }

    /** The delivery invoices of these orders, by Katana fulfillment id. */
    public Map<Long, InvoiceMapping> findDeliveriesOfOrders(Collection<Long> orderIds) {
        return JdbcByIds.find(jdbc, "SELECT katana_fulfillment_id, katana_order_id, ss_fatura_baslik_id, belge_no, payload_hash, payload"
                + " FROM delivery_invoice_mapping WHERE katana_order_id IN (:ids)", orderIds, (rs, row) -> Map.entry(rs.getLong(1),
                        new InvoiceMapping(rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                                json.readValue(rs.getString(6), InvoiceDraft.class))));
    }

    /** Records what Luca now holds; update-then-insert keeps the SQL portable between H2 and PostgreSQL. */
    public void saveAll(List<Written> written, Instant now) {
        Timestamp at = Timestamp.from(now);
        for (Written w : written) {
            String payload = json.writeValueAsString(w.payload());
            if (w.deliveryId() != null) {
                saveDelivery(w, payload, at);
                continue;
            }
            int updated = jdbc.update("UPDATE invoice_mapping SET ss_fatura_baslik_id = ?, belge_no = ?, belge_takip_no = ?, payload_hash = ?,"
                    + " payload = ?, synced_at = ? WHERE katana_order_id = ?", w.ssFaturaBaslikId(), w.belgeNo(), w.payload().belgeTakipNo(),
                    w.payloadHash(), payload, at, w.orderId());
            if (updated == 0) {
                jdbc.update("INSERT INTO invoice_mapping (katana_order_id, ss_fatura_baslik_id, belge_no, belge_takip_no, payload_hash, payload,"
                        + " synced_at) VALUES (?, ?, ?, ?, ?, ?, ?)", w.orderId(), w.ssFaturaBaslikId(), w.belgeNo(), w.payload().belgeTakipNo(),
                        w.payloadHash(), payload, at);
            }
        }
    }

    private void saveDelivery(Written w, String payload, Timestamp at) {
        int updated = jdbc.update("UPDATE delivery_invoice_mapping SET katana_order_id = ?, ss_fatura_baslik_id = ?, belge_no = ?,"
                + " belge_takip_no = ?, payload_hash = ?, payload = ?, synced_at = ? WHERE katana_fulfillment_id = ?", w.orderId(),
                w.ssFaturaBaslikId(), w.belgeNo(), w.payload().belgeTakipNo(), w.payloadHash(), payload, at, w.deliveryId());
        if (updated == 0) {
            jdbc.update("INSERT INTO delivery_invoice_mapping (katana_fulfillment_id, katana_order_id, ss_fatura_baslik_id, belge_no,"
                    + " belge_takip_no, payload_hash, payload, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", w.deliveryId(), w.orderId(),
                    w.ssFaturaBaslikId(), w.belgeNo(), w.payload().belgeTakipNo(), w.payloadHash(), payload, at);
        }
    }

    /**
     * An invoice Luca holds for a Katana order, or for one delivery of it, with the payload it was sent.
     *
     * @param deliveryId the Katana fulfillment the invoice is of; null for a whole order
     */
    public record Written(long orderId, Long deliveryId, long ssFaturaBaslikId, String belgeNo, String payloadHash, InvoiceDraft payload) {
    }
}
