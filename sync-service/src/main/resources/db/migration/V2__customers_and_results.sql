-- Written for both H2 (embedded default) and PostgreSQL.

-- A job of type ALL has one run (one operation-log row) per type under one job id.
ALTER TABLE sync_operation_log DROP CONSTRAINT uq_sync_operation_log_job;
CREATE UNIQUE INDEX uq_sync_operation_log_job_type ON sync_operation_log (job_id, sync_type);

-- A retry-failed run names the run whose failed records it retries.
ALTER TABLE sync_operation_log ADD COLUMN retry_of_run_id BIGINT;

-- What the mapping changed to make a record fit Luca (e.g. a name cut to Luca's length), one per line.
ALTER TABLE sync_record_result ADD COLUMN warnings VARCHAR(2000);

-- A raw SKU or code of any length is recorded (and fails with a reason) instead of failing the insert.
ALTER TABLE sync_record_result ALTER COLUMN sku SET DATA TYPE VARCHAR(1000);
ALTER TABLE sync_record_result ALTER COLUMN card_code SET DATA TYPE VARCHAR(1000);

-- Katana customer ↔ Luca customer account: what makes a customer sync idempotent. The payload is
-- kept as written, because Luca cannot update an account and a change must be reported field by field.
CREATE TABLE customer_mapping (
    katana_customer_id     BIGINT        NOT NULL PRIMARY KEY,
    account_code           VARCHAR(255)  NOT NULL,
    luca_finansal_nesne_id BIGINT        NOT NULL,
    payload_hash           VARCHAR(64)   NOT NULL,
    payload                VARCHAR(8000) NOT NULL,
    synced_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_customer_mapping_code ON customer_mapping (account_code);
