-- Written for both H2 (embedded default) and PostgreSQL.

-- Katana delivery (a DELIVERED sales order fulfillment) ↔ Luca sales invoice, when each delivery is
-- invoiced on its own (sync.invoices.partial-deliveries: PER_DELIVERY). The invoice carries
-- KATANA-SO-<order>-D<fulfillment> in its belgeTakipNo; the payload is kept as sent, as in invoice_mapping.
CREATE TABLE delivery_invoice_mapping (
    katana_fulfillment_id BIGINT        NOT NULL PRIMARY KEY,
    katana_order_id       BIGINT        NOT NULL,
    ss_fatura_baslik_id   BIGINT        NOT NULL,
    belge_no              VARCHAR(50),
    belge_takip_no        VARCHAR(50)   NOT NULL,
    payload_hash          VARCHAR(64)   NOT NULL,
    payload               VARCHAR(8000) NOT NULL,
    synced_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX uq_delivery_invoice_mapping_invoice ON delivery_invoice_mapping (ss_fatura_baslik_id);
CREATE INDEX ix_delivery_invoice_mapping_order ON delivery_invoice_mapping (katana_order_id);
