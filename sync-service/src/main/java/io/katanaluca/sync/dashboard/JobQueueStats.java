package io.katanaluca.sync.dashboard;

import org.jobrunr.storage.JobStats;

/**
 * The job queue's own counts, as JobRunr keeps them: jobs now in each state (not limited to a day)
 * and the background job servers alive. They cover all of JobRunr's jobs: the sync runs and the
 * schedule and webhook jobs that start them. The seed (Hangfire) calls this object {@code hangfireStats};
 * here it is {@code jobQueueStats}, with the same six fields. JobRunr removes succeeded jobs after
 * {@code jobrunr.jobs.delete-succeeded-jobs-after} (36 h by default), so {@code succeeded} is recent ones only.
 */
record JobQueueStats(long enqueued, long processing, long succeeded, long failed, long scheduled, int servers) {

    static JobQueueStats of(JobStats stats) {
        return new JobQueueStats(orZero(stats.getEnqueued()), orZero(stats.getProcessing()), orZero(stats.getSucceeded()),
                orZero(stats.getFailed()), orZero(stats.getScheduled()), stats.getBackgroundJobServers());
    }

    private static long orZero(Long count) {
        return count == null ? 0 : count;
    }
}
