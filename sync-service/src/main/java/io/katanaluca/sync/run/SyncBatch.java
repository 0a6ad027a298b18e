package io.katanaluca.sync.run;

/** One batch of a run's pending writes: {@code records} pending results with ids from {@code firstResultId} to {@code lastResultId}. */
record SyncBatch(long runId, int batchNo, long firstResultId, long lastResultId, int records) {
}
