package io.katanaluca.sync.api;

/**
 * Body of {@code POST /api/sync/start}. Sync type and mode stay strings here so an unknown value
 * gets a message listing the known ones instead of a JSON conversion error.
 */
record StartSyncRequest(String syncType, Integer limit, Boolean dryRun, String mode) {
}
