package io.katanaluca.sync.run;

import io.katanaluca.sync.run.JdbcRecordResultRepository.Completion;
import io.katanaluca.sync.run.JdbcStockCardMappingRepository.Written;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Writes a run's pending records in batches of {@code sync.batch-size}, {@code sync.parallelism}
 * batches at a time. Each record is its own Luca call with its own retries, so a bad record
 * fails alone and never sinks the other records of its batch. After each batch its outcomes,
 * mappings and the run's counters are stored, so progress is visible and nothing is lost.
 */
@Component
class ParallelBatchWriter {

    private final StockCardWriter writer;
    private final JdbcRecordResultRepository results;
    private final JdbcStockCardMappingRepository mappings;
    private final JdbcSyncRunRepository runs;
    private final SyncProperties properties;
    private final Clock clock;

    ParallelBatchWriter(StockCardWriter writer, JdbcRecordResultRepository results, JdbcStockCardMappingRepository mappings,
            JdbcSyncRunRepository runs, SyncProperties properties, Clock clock) {
        this.writer = writer;
        this.results = results;
        this.mappings = mappings;
        this.runs = runs;
        this.properties = properties;
        this.clock = clock;
    }

    void writeAll(long runId) throws InterruptedException {
        int parallelism = properties.parallelism();
        Semaphore inFlight = new Semaphore(parallelism * 2);
        ExecutorService workers = Executors.newFixedThreadPool(parallelism);
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        AtomicReference<RuntimeException> batchFailure = new AtomicReference<>();
        try {
            long afterId = 0;
            List<PendingWrite> chunk;
            while (!(chunk = results.nextPending(runId, afterId, properties.batchSize() * parallelism * 4)).isEmpty()) {
                afterId = chunk.get(chunk.size() - 1).resultId();
                for (List<PendingWrite> batch : partition(chunk, properties.batchSize())) {
                    inFlight.acquire();
                    workers.execute(() -> {
                        try {
                            withLogContext(logContext, () -> writeBatch(runId, batch));
                        } catch (RuntimeException e) {
                            batchFailure.compareAndSet(null, e);
                        } finally {
                            inFlight.release();
                        }
                    });
                }
            }
        } finally {
            workers.shutdown();
            workers.awaitTermination(1, TimeUnit.DAYS);
        }
        throwIfABatchWasLost(batchFailure.get());
    }

    /** Outcomes are stored per batch; a batch whose outcomes could not be stored must fail the run, not vanish. */
    private static void throwIfABatchWasLost(RuntimeException failure) {
        if (failure != null) {
            throw new SyncRunException("A batch's results could not be stored (" + failure.getMessage()
                    + "); its records stay PENDING and the next run writes them again");
        }
    }

    private void writeBatch(long runId, List<PendingWrite> batch) {
        List<Completion> completions = new ArrayList<>(batch.size());
        List<Written> written = new ArrayList<>(batch.size());
        for (PendingWrite pending : batch) {
            Completion done = writer.write(pending);
            completions.add(done);
            if (done.outcome() != RecordOutcome.FAILED) {
                written.add(new Written(pending.variantId(), pending.productId(), pending.sku(), pending.draft().kartKodu(),
                        done.lucaId(), pending.payloadHash()));
            }
        }
        mappings.saveAll(written, clock.instant());
        results.complete(completions, clock.instant());
        runs.add(runId, counters(completions));
    }

    private static SyncRun.Counters counters(List<Completion> completions) {
        int created = count(completions, RecordOutcome.CREATED);
        int updated = count(completions, RecordOutcome.UPDATED);
        int failed = count(completions, RecordOutcome.FAILED);
        return new SyncRun.Counters(0, completions.size(), created + updated, failed, created, updated, 0);
    }

    private static int count(List<Completion> completions, RecordOutcome outcome) {
        return (int) completions.stream().filter(c -> c.outcome() == outcome).count();
    }

    static <T> List<List<T>> partition(List<T> items, int size) {
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            parts.add(items.subList(from, Math.min(from + size, items.size())));
        }
        return parts;
    }

    private static void withLogContext(Map<String, String> context, Runnable work) {
        if (context != null) {
            MDC.setContextMap(context);
        }
        try {
            work.run();
        } finally {
            MDC.clear();
        }
    }
}
