package io.katanaluca.sync.webhook;

import io.katanaluca.sync.cluster.JdbcLeaseLock;
import io.katanaluca.sync.product.JdbcStockCardMappingRepository;
import io.katanaluca.sync.product.JdbcStockCardMappingRepository.Parent;
import io.katanaluca.sync.run.SyncLauncher;
import io.katanaluca.sync.run.SyncType;
import io.katanaluca.sync.webhook.JdbcWebhookEventRepository.PendingEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns the events received in one coalescing window into at most one sync job per type: product
 * and material events, and variant events whose owner a run has seen, name their products or
 * materials, and a targeted run syncs only those through the same planner and writer as a full
 * run. A variant never seen (a new one) cannot be traced to its owner without asking Katana, so
 * it makes the runs incremental instead, which find it. Events stay pending until every run they
 * need has started, and a job that leaves any pending schedules another. One job at a time, across
 * nodes, reads and marks the events (a lease lock), so two jobs never start a run for the same ones.
 */
@Component
public class WebhookProcessor {

    private static final Logger log = LoggerFactory.getLogger(WebhookProcessor.class);
    private static final int MAX_EVENTS = 5_000;
    /** Ample for reading events and starting runs; a node that dies holding it frees it when it runs out. */
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final JdbcWebhookEventRepository events;
    private final JdbcStockCardMappingRepository mappings;
    private final SyncLauncher launcher;
    private final WebhookScheduling scheduling;
    private final WebhookProperties properties;
    private final Clock clock;
    private final JdbcLeaseLock lock;

    WebhookProcessor(JdbcWebhookEventRepository events, JdbcStockCardMappingRepository mappings, SyncLauncher launcher,
            WebhookScheduling scheduling, WebhookProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.events = events;
        this.mappings = mappings;
        this.launcher = launcher;
        this.scheduling = scheduling;
        this.properties = properties;
        this.clock = clock;
        this.lock = new JdbcLeaseLock(jdbc, clock, "katana-webhook-processing");
    }

    @Job(name = "Katana webhook events → sync", retries = 2)
    public void process() {
        String holder = UUID.randomUUID().toString();
        if (!lock.tryLock(holder, LEASE)) {
            log.debug("Another worker is turning Katana events into runs; looking again after the next window");
            scheduling.scheduleProcessing();
            return;
        }
        boolean leftPending = true;
        try {
            leftPending = processPending();
        } finally {
            lock.unlock(holder);
            if (leftPending) {
                scheduling.scheduleProcessing();
            }
        }
    }

    /** True when events stay pending for a later job. */
    private boolean processPending() {
        if (isBurstStillArriving()) {
            return true;
        }
        List<PendingEvent> pending = events.pending(MAX_EVENTS);
        if (!properties.salesOrders()) {
            List<Long> salesOrderEvents = pending.stream().filter(e -> WebhookEvent.isSalesOrderEvent(e.action())).map(PendingEvent::id).toList();
            events.mark(salesOrderEvents, JdbcWebhookEventRepository.IGNORED, clock.instant());
            pending = pending.stream().filter(e -> !WebhookEvent.isSalesOrderEvent(e.action())).toList();
        }
        if (pending.isEmpty()) {
            return false;
        }
        WebhookPlan plan = WebhookPlan.of(pending, owners(pending));
        Set<SyncType> started = EnumSet.noneOf(SyncType.class);
        plan.scopes().forEach((type, scope) -> {
            try {
                var run = launcher.start(type, null, false, "katana-webhook", scope);
                started.add(type);
                log.info("Katana events became {} {} sync job {}", scope.mode(), type, run.jobId());
            } catch (SyncLauncher.RunAlreadyActiveException busy) {
                log.info("A {} sync is running; its Katana events wait for the next window", type);
            }
        });
        List<Long> done = plan.eventsServedBy(started);
        events.mark(done, JdbcWebhookEventRepository.PROCESSED, clock.instant());
        return done.size() < pending.size() || pending.size() == MAX_EVENTS;
    }

    private Map<Long, Parent> owners(List<PendingEvent> pending) {
        return mappings.parentsOfVariants(pending.stream().filter(e -> e.action().startsWith("variant.") && e.objectId() != null)
                .map(PendingEvent::objectId).distinct().toList());
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
}
