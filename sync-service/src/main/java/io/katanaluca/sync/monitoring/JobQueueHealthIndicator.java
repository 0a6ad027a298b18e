package io.katanaluca.sync.monitoring;

import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.storage.JobStats;
import org.jobrunr.storage.StorageProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code jobQueue}: UP when JobRunr's storage answers and this node's background job server, if it
 * has one, is running; with the queue's counts. A node with the server switched off only enqueues.
 */
@Component
class JobQueueHealthIndicator implements HealthIndicator {

    private final StorageProvider storage;
    private final ObjectProvider<BackgroundJobServer> server;

    JobQueueHealthIndicator(StorageProvider storage, ObjectProvider<BackgroundJobServer> server) {
        this.storage = storage;
        this.server = server;
    }

    @Override
    public Health health() {
        JobStats stats = storage.getJobStats();
        BackgroundJobServer local = server.getIfAvailable();
        boolean stopped = local != null && !local.isRunning();
        return (stopped ? Health.down() : Health.up())
                .withDetail("backgroundJobServer", local == null ? "disabled" : stopped ? "stopped" : "running")
                .withDetail("enqueued", orZero(stats.getEnqueued())).withDetail("processing", orZero(stats.getProcessing()))
                .withDetail("failed", orZero(stats.getFailed())).withDetail("scheduled", orZero(stats.getScheduled()))
                .withDetail("servers", stats.getBackgroundJobServers()).build();
    }

    private static long orZero(Long count) {
        return count == null ? 0 : count;
    }
}
