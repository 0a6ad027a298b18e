package io.katanaluca.sync.run;

import java.util.List;
import org.jobrunr.server.BackgroundJobServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Hands this node's job server the filters it runs around state changes: runs of jobs given up on end, enqueued jobs start
 * at once, jobs the service's stop cut short go back to the queue.
 */
@Component
class JobServerFilters implements SmartInitializingSingleton {

    private final ObjectProvider<BackgroundJobServer> server;
    private final RunEndingJobFilter runEnding;
    private final JobQueueWakeUp wakeUp;
    private final OrderlyStop stop;

    JobServerFilters(ObjectProvider<BackgroundJobServer> server, RunEndingJobFilter runEnding, JobQueueWakeUp wakeUp,
            OrderlyStop stop) {
        this.server = server;
        this.runEnding = runEnding;
        this.wakeUp = wakeUp;
        this.stop = stop;
    }

    @Override
    public void afterSingletonsInstantiated() {
        server.ifAvailable(jobServer -> jobServer.setJobFilters(List.of(runEnding, wakeUp, stop)));
    }
}
