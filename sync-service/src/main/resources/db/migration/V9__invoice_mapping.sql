-- Written for both H2 (embedded default) and PostgreSQL.

-- Katana sales order ↔ Luca sales invoice: what makes the invoice sync exactly once. Luca has no
-- idempotency key, so this row (and KATANA-SO-<id> in the invoice's belgeTakipNo, to find it again)
-- is what keeps an order from being invoiced twice. The payload is kept as sent, so a change in
-- Katana after invoicing can be reported field by field.
CREATE TABLE invoice_mapping (
    katana_order_id     BIGINT        NOT NULL PRIMARY KEY,
    ss_fatura_baslik_id BIGINT        NOT NULL,
    belge_no            VARCHAR(50),
    belge_takip_no      VARCHAR(50)   NOT NULL,
    payload_hash        VARCHAR(64)   NOT NULL,
    payload             VARCHAR(8000) NOT NULL,
    synced_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX uq_invoice_mapping_invoice ON invoice_mapping (ss_fatura_baslik_id);
