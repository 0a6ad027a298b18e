package io.katanaluca.sync.run;

/**
 * Published once a run has ended, whatever its status, with its final operation-log row: what
 * monitoring counts, so the metrics agree with the log.
 */
public record SyncRunEnded(SyncRun run) {
}
