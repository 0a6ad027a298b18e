-- Scale-out: several nodes on one PostgreSQL (and optionally one Redis). Written for both H2 and PostgreSQL.

-- A run's batches, fanned out as jobs that any node may take. A batch counts once: the first
-- completion marks it done (and adds its counters); a repeat finds it done and changes nothing.
CREATE TABLE sync_batch (
    run_id           BIGINT       NOT NULL REFERENCES sync_operation_log (id) ON DELETE CASCADE,
    batch_no         INTEGER      NOT NULL,
    first_result_id  BIGINT       NOT NULL,
    last_result_id   BIGINT       NOT NULL,
    records          INTEGER      NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    node             VARCHAR(100),
    done_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_sync_batch PRIMARY KEY (run_id, batch_no)
);

-- NULL until the run handed its batches out; the run ends when batches_done reaches it.
ALTER TABLE sync_operation_log ADD COLUMN batches_total INTEGER;
ALTER TABLE sync_operation_log ADD COLUMN batches_done INTEGER DEFAULT 0 NOT NULL;

-- Without Redis: the one Luca session of the cluster.
CREATE TABLE luca_shared_session (
    name        VARCHAR(50)  NOT NULL PRIMARY KEY,
    session_id  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Without Redis: locks with a lease (the Luca login lock).
CREATE TABLE cluster_lock (
    name         VARCHAR(100) NOT NULL PRIMARY KEY,
    holder       VARCHAR(100) NOT NULL,
    lease_until  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Without Redis: the Luca write permits, one row per permit, taken while holder is set and the lease runs.
CREATE TABLE luca_write_permit (
    slot         INTEGER      NOT NULL PRIMARY KEY,
    holder       VARCHAR(100),
    lease_until  TIMESTAMP WITH TIME ZONE
);

-- Without Redis: Bucket4j's state of the Katana budget (used on PostgreSQL only).
CREATE TABLE katana_rate_bucket (
    id          BIGINT NOT NULL PRIMARY KEY,
    state       BYTEA,
    expires_at  BIGINT
);
