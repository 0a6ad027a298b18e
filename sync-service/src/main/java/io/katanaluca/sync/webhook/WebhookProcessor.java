package io.katanaluca.sync.webhook;

import io.katanaluca.sync.run.JdbcStockCardMappingRepository;
import io.katanaluca.sync.run.RunScope;
import io.katanaluca.sync.run.SyncLauncher;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncType;
import io.katanaluca.sync.webhook.JdbcWebhookEventRepository.PendingEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns the events received in one coalescing window into one sync job: product events and events
 * of variants we know name their products, and a targeted run syncs only those through the same
 * planner and writer as a full run. A variant we never saw (a new one) cannot be traced to its
 * product without asking Katana, so it makes the job an incremental run instead, which finds it.
 */
@Component
public class WebhookProcessor {

    private static final Logger log = LoggerFactory.getLogger(WebhookProcessor.class);
    private static final int MAX_EVENTS = 5_000;

    private final JdbcWebhookEventRepository events;
    private final JdbcStockCardMappingRepository mappings;
    private final SyncLauncher launcher;
    private final WebhookScheduling scheduling;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookProcessor(JdbcWebhookEventRepository events, JdbcStockCardMappingRepository mappings, SyncLauncher launcher,
            WebhookScheduling scheduling, WebhookProperties properties, Clock clock) {
        this.events = events;
        this.mappings = mappings;
        this.launcher = launcher;
        this.scheduling = scheduling;
        this.properties = properties;
        this.clock = clock;
    }

    @Job(name = "Katana webhook events → sync", retries = 2)
    public void process() {
        if (isBurstStillArriving()) {
            scheduling.scheduleNextWindow();
            return;
        }
        List<PendingEvent> pending = events.pending(MAX_EVENTS);
        List<Long> materialEvents = pending.stream().filter(e -> e.action().startsWith("material.")).map(PendingEvent::id).toList();
        events.mark(materialEvents, JdbcWebhookEventRepository.UNSUPPORTED, clock.instant());
        List<PendingEvent> catalogue = pending.stream().filter(e -> !e.action().startsWith("material.")).toList();
        if (catalogue.isEmpty()) {
            return;
        }
        try {
            SyncRun run = launcher.start(SyncType.PRODUCT, null, false, "katana-webhook", scopeOf(catalogue));
            events.mark(catalogue.stream().map(PendingEvent::id).toList(), JdbcWebhookEventRepository.PROCESSED, clock.instant());
            log.info("{} Katana events became sync job {}", catalogue.size(), run.jobId());
        } catch (SyncLauncher.RunAlreadyActiveException busy) {
            log.info("A product sync is running; {} Katana events wait for the next window", catalogue.size());
            scheduling.scheduleNextWindow();
        }
    }

    /**
     * Waits while events keep coming (the newest arrived less than half a window ago), so a burst
     * that straddles a window boundary still becomes one job; but never longer than ten windows.
     */
    private boolean isBurstStillArriving() {
        Instant now = clock.instant();
        Duration window = properties.coalesceWindow();
        return events.pendingSpan()
                .filter(span -> span.newest().isAfter(now.minus(window.dividedBy(2))))
                .filter(span -> span.oldest().isAfter(now.minus(window.multipliedBy(10))))
                .isPresent();
    }

    private RunScope scopeOf(List<PendingEvent> catalogue) {
        Set<Long> productIds = new TreeSet<>();
        List<Long> variantIds = new ArrayList<>();
        for (PendingEvent event : catalogue) {
            if (event.objectId() == null) {
                return RunScope.incremental();
            }
            if (event.action().startsWith("variant.")) {
                variantIds.add(event.objectId());
            } else {
                productIds.add(event.objectId());
            }
        }
        Map<Long, Long> owners = mappings.productIdsOfVariants(variantIds);
        if (owners.size() < new TreeSet<>(variantIds).size()) {
            return RunScope.incremental();
        }
        productIds.addAll(owners.values());
        return RunScope.targeted(List.copyOf(productIds));
    }
}
