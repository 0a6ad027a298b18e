package io.katanaluca.sync.api;

/**
 * Body of {@code POST /api/sync/start}. The sync type stays a string here so an unknown value
 * gets a message listing the known ones instead of a JSON conversion error.
 */
record StartSyncRequest(String syncType, Integer limit, Boolean dryRun) {
}
