package io.katanaluca.sync.run;

/**
 * Runs one part of a job for the sync types it supports: plans every selected record into the
 * per-record results, writes what needs writing, and returns the run's counters.
 */
public interface SyncRunner {

    boolean supports(SyncType type);

    SyncRun.Counters run(SyncRun run, RecordSelection selection) throws InterruptedException;
}
