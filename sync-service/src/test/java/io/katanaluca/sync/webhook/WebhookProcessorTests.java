package io.katanaluca.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.katanaluca.sync.MigratedH2;
import io.katanaluca.sync.MutableClock;
import io.katanaluca.sync.cluster.JdbcLeaseLock;
import io.katanaluca.sync.product.JdbcStockCardMappingRepository;
import io.katanaluca.sync.run.RunScope;
import io.katanaluca.sync.run.RunStatus;
import io.katanaluca.sync.run.SyncLauncher;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.core.JdbcTemplate;

/** Against H2 with the real migrations; the launcher and the scheduling are stand-ins. */
class WebhookProcessorTests {

    private static final Duration WINDOW = Duration.ofSeconds(3);

    private final JdbcTemplate jdbc = MigratedH2.fresh("webhook-processor");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final JdbcWebhookEventRepository events = new JdbcWebhookEventRepository(jdbc);
    private final JdbcStockCardMappingRepository mappings = mock(JdbcStockCardMappingRepository.class);
    private final SyncLauncher launcher = mock(SyncLauncher.class);
    private final WebhookScheduling scheduling = mock(WebhookScheduling.class);
    private final WebhookProcessor processor = new WebhookProcessor(events, mappings, launcher, scheduling,
            new WebhookProperties(null, WINDOW, false, false), jdbc, clock);

    @Test
    void shouldStartOneTargetedRunForTheEventsOfAQuietBurstAndMarkThemProcessed() {
        record(1, 7L);
        record(2, 8L);
        clock.advance(WINDOW);
        given(launcher.start(eq(SyncType.PRODUCT), isNull(), eq(false), eq("katana-webhook"), any())).willReturn(run(RunStatus.QUEUED));

        processor.process();

        ArgumentCaptor<RunScope> scope = ArgumentCaptor.forClass(RunScope.class);
        verify(launcher).start(eq(SyncType.PRODUCT), isNull(), eq(false), eq("katana-webhook"), scope.capture());
        assertThat(scope.getValue().katanaIds()).containsExactlyInAnyOrder(7L, 8L);
        assertThat(events.count(JdbcWebhookEventRepository.PROCESSED)).isEqualTo(2);
        verify(scheduling, never()).scheduleProcessing();
    }

    @Test
    void shouldLeaveTheEventsOfABurstStillArrivingToALaterJob() {
        record(1, 7L);
        clock.advance(Duration.ofMillis(500));

        processor.process();

        verifyNoInteractions(launcher);
        assertThat(events.count(JdbcWebhookEventRepository.RECEIVED)).isEqualTo(1);
        verify(scheduling).scheduleProcessing();
    }

    @Test
    void shouldKeepTheEventsPendingAndLookAgainWhileARunOfTheirTypeIsGoing() {
        record(1, 7L);
        clock.advance(WINDOW);
        given(launcher.start(any(), any(), eq(false), any(), any())).willThrow(new SyncLauncher.RunAlreadyActiveException(run(RunStatus.RUNNING)));

        processor.process();

        assertThat(events.count(JdbcWebhookEventRepository.RECEIVED)).isEqualTo(1);
        verify(scheduling).scheduleProcessing();
    }

    /** Two jobs at once (two nodes, or two windows taken up by one poll) would both read the same events. */
    @Test
    void shouldLeaveTheEventsToTheJobThatHoldsTheLockAndLookAgainAfterIt() {
        record(1, 7L);
        clock.advance(WINDOW);
        JdbcLeaseLock heldElsewhere = new JdbcLeaseLock(jdbc, clock, "katana-webhook-processing");
        assertThat(heldElsewhere.tryLock("other-node", Duration.ofMinutes(1))).isTrue();

        processor.process();

        verifyNoInteractions(launcher);
        assertThat(events.count(JdbcWebhookEventRepository.RECEIVED)).isEqualTo(1);
        verify(scheduling).scheduleProcessing();

        heldElsewhere.unlock("other-node");
        given(launcher.start(any(), any(), eq(false), any(), any())).willReturn(run(RunStatus.QUEUED));
        processor.process();
        assertThat(events.count(JdbcWebhookEventRepository.PROCESSED)).isEqualTo(1);
    }

    /** Sales order events wait for katana.webhook.sales-orders: without it they start no run and are marked IGNORED. */
    @Test
    void shouldIgnoreSalesOrderEventsUnlessTheyAreSwitchedOn() {
        events.recordUnlessPending("key-so", new WebhookEvent("sales_order", "sales_order.delivered", 1L, 30000001L), 0, clock.instant());
        record(1, 7L);
        clock.advance(WINDOW);
        given(launcher.start(any(), any(), eq(false), any(), any())).willReturn(run(RunStatus.QUEUED));

        processor.process();

        verify(launcher).start(eq(SyncType.PRODUCT), isNull(), eq(false), eq("katana-webhook"), any());
        verify(launcher, never()).start(eq(SyncType.SALES_INVOICE), any(), eq(false), any(), any());
        assertThat(events.count(JdbcWebhookEventRepository.IGNORED)).isEqualTo(1);
        assertThat(events.count(JdbcWebhookEventRepository.PROCESSED)).isEqualTo(1);
    }

    @Test
    void shouldStartATargetedInvoiceRunForSalesOrderEventsWhenSwitchedOn() {
        WebhookProcessor switchedOn = new WebhookProcessor(events, mappings, launcher, scheduling,
                new WebhookProperties(null, WINDOW, false, true), jdbc, clock);
        events.recordUnlessPending("key-so", new WebhookEvent("sales_order", "sales_order.delivered", 1L, 30000001L), 0, clock.instant());
        clock.advance(WINDOW);
        given(launcher.start(any(), any(), eq(false), any(), any())).willReturn(run(RunStatus.QUEUED));

        switchedOn.process();

        ArgumentCaptor<RunScope> scope = ArgumentCaptor.forClass(RunScope.class);
        verify(launcher).start(eq(SyncType.SALES_INVOICE), isNull(), eq(false), eq("katana-webhook"), scope.capture());
        assertThat(scope.getValue().katanaIds()).containsExactly(30000001L);
        assertThat(events.count(JdbcWebhookEventRepository.PROCESSED)).isEqualTo(1);
    }

    private void record(int key, long productId) {
        events.recordUnlessPending("key-" + key, new WebhookEvent("product", "product.updated", 1L, productId), 0, clock.instant());
    }

    private SyncRun run(RunStatus status) {
        return new SyncRun(1, UUID.randomUUID(), SyncType.PRODUCT, status, false, null, "katana-webhook", clock.instant(), null, null,
                SyncRun.Counters.ZERO, null);
    }
}
