package io.katanaluca.sync.run;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands a run's pending writes out as batch jobs, so that the workers of every node take them.
 * The batches are staged in one transaction first; each job has an id derived from run and
 * batch, so handing them out again (the run's job repeated after its node died) adds nothing.
 */
@Component
class BatchFanOut {

    private static final Logger log = LoggerFactory.getLogger(BatchFanOut.class);

    private final JdbcSyncBatchRepository batches;
    private final JdbcSyncRunRepository runs;
    private final JobScheduler jobs;
    private final TransactionTemplate transactions;
    private final SyncProperties properties;
    private final JobQueueWakeUp wakeUp;

    BatchFanOut(JdbcSyncBatchRepository batches, JdbcSyncRunRepository runs, JobScheduler jobs, TransactionTemplate transactions,
            SyncProperties properties, JobQueueWakeUp wakeUp) {
        this.batches = batches;
        this.runs = runs;
        this.jobs = jobs;
        this.transactions = transactions;
        this.properties = properties;
        this.wakeUp = wakeUp;
    }

    void fanOut(long runId) {
        Integer staged = transactions.execute(tx -> batches.stage(runId, properties.batchSize()));
        log.info("Run {}: {} batches of up to {} records handed out", runId, staged, properties.batchSize());
        enqueue(runId);
    }

    /** Enqueues every batch not done yet; batches already enqueued by this execution of the run are skipped by their id. */
    void enqueue(long runId) {
        Instant started = runs.findById(runId).orElseThrow().startTime();
        for (SyncBatch batch : batches.notDone(runId)) {
            int batchNo = batch.batchNo();
            jobs.<SyncBatchJob>enqueue(jobId(runId, started, batchNo), job -> job.write(runId, batchNo));
        }
        wakeUp.takeUpNewWork();
    }

    static <T> List<List<T>> partition(List<T> items, int size) {
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            parts.add(items.subList(from, Math.min(from + size, items.size())));
        }
        return parts;
    }

    /** The same for a batch of one execution of a run; a run started over (its job retried) gets new ones. */
    static UUID jobId(long runId, Instant started, int batchNo) {
        return UUID.nameUUIDFromBytes(("sync-batch:" + runId + ":" + started.toEpochMilli() + ":" + batchNo).getBytes(StandardCharsets.UTF_8));
    }
}
