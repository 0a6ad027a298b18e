package io.katanaluca.sync.customer;

import io.katanaluca.sync.customer.domain.CustomerDraft;
import io.katanaluca.sync.run.JdbcRecordResultRepository;
import io.katanaluca.sync.run.JdbcRecordResultRepository.Completion;
import io.katanaluca.sync.run.JdbcSyncRunRepository;
import io.katanaluca.sync.run.OrderlyStop;
import io.katanaluca.sync.run.PendingRow;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.SyncProperties;
import io.katanaluca.sync.run.SyncRun;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's pending accounts in batches of {@code sync.batch-size}, {@code sync.parallelism}
 * batches at a time, each account its own call with its own retries. After each batch its
 * outcomes, mappings and the run's counters are stored. Accounts are few next to stock cards, so
 * a chunk of batches is simply awaited before the next is read. When the service stops, each batch
 * stores what it wrote and the run stops before the next chunk; the rest stay PENDING.
 */
@Component
class CustomerBatchWriter {

    private final CustomerWriter writer;
    private final JdbcRecordResultRepository results;
    private final JdbcCustomerMappingRepository mappings;
    private final JdbcSyncRunRepository runs;
    private final SyncProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final OrderlyStop stop;

    CustomerBatchWriter(CustomerWriter writer, JdbcRecordResultRepository results, JdbcCustomerMappingRepository mappings,
            JdbcSyncRunRepository runs, SyncProperties properties, JsonMapper json, Clock clock, OrderlyStop stop) {
        this.writer = writer;
        this.results = results;
        this.mappings = mappings;
        this.runs = runs;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.stop = stop;
    }

    void writeAll(long runId) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(properties.parallelism());
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        try {
            long afterId = 0;
            List<PendingRow> chunk;
            while (!(chunk = results.nextPendingRows(runId, afterId, properties.batchSize() * properties.parallelism())).isEmpty()) {
                afterId = chunk.get(chunk.size() - 1).resultId();
                List<Callable<Void>> batches = new ArrayList<>();
                for (int from = 0; from < chunk.size(); from += properties.batchSize()) {
                    List<PendingRow> batch = chunk.subList(from, Math.min(from + properties.batchSize(), chunk.size()));
                    batches.add(() -> withLogContext(logContext, () -> writeBatch(runId, batch)));
                }
                for (Future<Void> batch : workers.invokeAll(batches)) {
                    rethrowFailure(batch);
                }
                stop.checkNotStopping();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** A batch that failed outside its records (e.g. the database) fails the run rather than vanish. */
    private static void rethrowFailure(Future<Void> batch) throws InterruptedException {
        try {
            batch.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private void writeBatch(long runId, List<PendingRow> batch) {
        List<Completion> completions = new ArrayList<>(batch.size());
        List<JdbcCustomerMappingRepository.Written> written = new ArrayList<>(batch.size());
        for (PendingRow pending : batch) {
            if (stop.isStopping()) {
                break;
            }
            CustomerDraft draft = json.readValue(pending.payloadJson(), CustomerDraft.class);
            Completion done = writer.write(pending, draft);
            completions.add(done);
            if (done.outcome() == RecordOutcome.CREATED || done.outcome() == RecordOutcome.UNCHANGED) {
                written.add(new JdbcCustomerMappingRepository.Written(pending.katanaId(), draft.kartKod(), done.lucaId(),
                        pending.payloadHash(), draft));
            }
        }
        mappings.saveAll(written, clock.instant());
        results.complete(completions, clock.instant());
        runs.add(runId, counters(completions));
    }

    /** NOT_UPDATED counts as processed only: neither a success nor a failure. */
    private static SyncRun.Counters counters(List<Completion> completions) {
        int created = count(completions, RecordOutcome.CREATED);
        int unchanged = count(completions, RecordOutcome.UNCHANGED);
        int failed = count(completions, RecordOutcome.FAILED);
        return new SyncRun.Counters(0, completions.size(), created + unchanged, failed, created, 0, unchanged);
    }

    private static int count(List<Completion> completions, RecordOutcome outcome) {
        return (int) completions.stream().filter(c -> c.outcome() == outcome).count();
    }

    private static Void withLogContext(Map<String, String> context, Runnable work) {
        if (context != null) {
            MDC.setContextMap(context);
        }
        try {
            work.run();
            return null;
        } finally {
            MDC.clear();
        }
    }
}
