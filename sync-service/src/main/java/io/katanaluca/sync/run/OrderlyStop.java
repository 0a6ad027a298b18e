package io.katanaluca.sync.run;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.filters.ElectStateFilter;
import org.jobrunr.jobs.states.JobState;
import org.jobrunr.jobs.states.SucceededState;
import org.jobrunr.server.BackgroundJobServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The service stopping in order (SIGTERM, the context closing), before any bean is destroyed and so
 * while the database is open: the jobs are told, and return at their next record or Katana page;
 * this node's JobRunr server stops, storing every job's state and signing off; on one node with H2,
 * the runs left running are marked as stopped in order, so that the next start resumes them
 * without counting an interruption ({@link RestartRecovery}). It stops after the web server (a
 * lower phase), so no request starts a run meanwhile.
 *
 * <p>A job that returns leaving work undone says so ({@link #leftUndone}); as a filter of the job
 * server this puts it back in the queue, under its own id and with no failure recorded, instead of
 * letting it end SUCCEEDED: the next start (or another node) carries on where it stopped, and the
 * stop costs it none of its retries.
 */
@Component
public class OrderlyStop implements SmartLifecycle, ElectStateFilter {

    private static final Logger log = LoggerFactory.getLogger(OrderlyStop.class);
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final ObjectProvider<BackgroundJobServer> server;
    private final ObjectProvider<RestartRecovery> recovery;
    private final Set<String> undone = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile boolean stopping;

    OrderlyStop(ObjectProvider<BackgroundJobServer> server, ObjectProvider<RestartRecovery> recovery) {
        this.server = server;
        this.recovery = recovery;
    }

    /** True once the service has begun to stop: a job returns at its next record or page. */
    public boolean isStopping() {
        return stopping;
    }

    /** For code that cannot throw {@link InterruptedException} (a page handler): stops it if the service is stopping. */
    public void checkNotStopping() {
        if (stopping) {
            throw new Stopping();
        }
    }

    /** The job {@code type.method(arguments)} returns because the service stops, with work left for the next start. */
    void leftUndone(Class<?> type, String method, Object... arguments) {
        undone.add(key(type.getName(), method, arguments));
    }

    @Override
    public void onStateElection(Job job, JobState newState) {
        JobDetails details = job.getJobDetails();
        if (newState instanceof SucceededState && !undone.isEmpty() && undone.remove(key(details.getClassName(), details.getMethodName(),
                details.getJobParameterValues()))) {
            job.enqueue();
            log.info("Job {} ({}) stopped with the service; it is queued again and goes on at the next start", job.getId(), job.getJobName());
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        stopping = true;
        log.info("The service is stopping: jobs stop at their next record or page and are taken up at the next start");
        server.ifAvailable(BackgroundJobServer::stop);
        recovery.ifAvailable(RestartRecovery::recordOrderlyStop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Numbers as text, so that a {@code long} argument matches the value JobRunr read back from its JSON whatever its box. */
    private static String key(String type, String method, Object[] arguments) {
        return type + "." + method + Arrays.toString(arguments);
    }

    /** A job stopped because the service is stopping; its work is left for the next start. */
    public static final class Stopping extends RuntimeException {

        Stopping() {
            super("The service is stopping", null, false, false);
        }
    }
}
