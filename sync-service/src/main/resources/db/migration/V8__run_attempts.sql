-- A retry of a job is a new attempt: new operation-log rows under the same job id and types,
-- numbered from 1, while the rows of the earlier attempts and their per-record results stay as
-- they ended (the audit trail). Written for both H2 and PostgreSQL.
ALTER TABLE sync_operation_log ADD COLUMN attempt INTEGER DEFAULT 1 NOT NULL;
DROP INDEX uq_sync_operation_log_job_type;
CREATE UNIQUE INDEX uq_sync_operation_log_job_type_attempt ON sync_operation_log (job_id, sync_type, attempt);
