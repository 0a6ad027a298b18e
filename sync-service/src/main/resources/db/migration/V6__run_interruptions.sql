-- How often the service stopped (killed, crashed) while the run was running and took it up again
-- when it started; the run's summary says so when it ends (H2 and PostgreSQL).
ALTER TABLE sync_operation_log ADD COLUMN interruptions INTEGER DEFAULT 0 NOT NULL;
