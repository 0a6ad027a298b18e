package io.katanaluca.sync.run;

import java.util.List;
import org.jobrunr.server.BackgroundJobServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Hands this node's job server the filters it runs around state changes: runs of jobs given up on end, enqueued jobs start at once. */
@Component
class JobServerFilters implements SmartInitializingSingleton {

    private final ObjectProvider<BackgroundJobServer> server;
    private final RunEndingJobFilter runEnding;
    private final JobQueueWakeUp wakeUp;

    JobServerFilters(ObjectProvider<BackgroundJobServer> server, RunEndingJobFilter runEnding, JobQueueWakeUp wakeUp) {
        this.server = server;
        this.runEnding = runEnding;
        this.wakeUp = wakeUp;
    }

    @Override
    public void afterSingletonsInstantiated() {
        server.ifAvailable(jobServer -> jobServer.setJobFilters(List.of(runEnding, wakeUp)));
    }
}
