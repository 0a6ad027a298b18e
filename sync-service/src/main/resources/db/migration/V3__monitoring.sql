-- Written for both H2 (embedded default) and PostgreSQL.

-- The dashboard's figures read the runs of a day or a period by when they were started.
CREATE INDEX ix_sync_operation_log_created ON sync_operation_log (created_at);
