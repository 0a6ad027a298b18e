-- Set when the service stopped in order (SIGTERM) while the run was running: the next start
-- resumes it without counting an interruption, and clears it (H2 and PostgreSQL).
ALTER TABLE sync_operation_log ADD COLUMN stopped_orderly BOOLEAN DEFAULT FALSE NOT NULL;
