package io.katanaluca.sync.api;

/** Optional body of {@code POST /api/sync/job/{jobId}/retry-failed}. */
record RetryFailedRequest(Boolean dryRun) {
}
