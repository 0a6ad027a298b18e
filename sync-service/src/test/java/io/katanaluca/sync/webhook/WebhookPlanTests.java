package io.katanaluca.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.product.JdbcStockCardMappingRepository.Parent;
import io.katanaluca.sync.run.RunScope;
import io.katanaluca.sync.run.SyncType;
import io.katanaluca.sync.webhook.JdbcWebhookEventRepository.PendingEvent;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookPlanTests {

    private final Map<Long, Parent> owners = Map.of(501L, new Parent(SyncType.PRODUCT, 50L), 901L, new Parent(SyncType.MATERIAL, 90L));

    @Test
    void shouldTargetTheProductsAndMaterialsTheEventsName() {
        WebhookPlan plan = WebhookPlan.of(List.of(event(1, "product.updated", 10L), event(2, "product.updated", 10L),
                event(3, "variant.updated", 501L), event(4, "material.created", 80L), event(5, "variant.deleted", 901L)), owners);

        assertThat(plan.scopes()).containsOnlyKeys(SyncType.PRODUCT, SyncType.MATERIAL);
        assertThat(plan.scopes().get(SyncType.PRODUCT)).isEqualTo(RunScope.targeted(List.of(10L, 50L)));
        assertThat(plan.scopes().get(SyncType.MATERIAL)).isEqualTo(RunScope.targeted(List.of(80L, 90L)));
    }

    @Test
    void shouldReadIncrementallyForAVariantNoRunHasSeen() {
        WebhookPlan plan = WebhookPlan.of(List.of(event(1, "product.updated", 10L), event(2, "variant.created", 777L)), owners);

        assertThat(plan.scopes().get(SyncType.PRODUCT)).isEqualTo(RunScope.incremental());
        assertThat(plan.scopes().get(SyncType.MATERIAL)).isEqualTo(RunScope.incremental());
    }

    @Test
    void shouldServeOnlyTheEventsWhoseRunsAllStarted() {
        WebhookPlan plan = WebhookPlan.of(List.of(event(1, "product.updated", 10L), event(2, "material.updated", 80L),
                event(3, "variant.created", 777L)), owners);

        assertThat(plan.eventsServedBy(EnumSet.of(SyncType.PRODUCT))).containsExactly(1L);
        assertThat(plan.eventsServedBy(EnumSet.of(SyncType.PRODUCT, SyncType.MATERIAL))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void shouldTargetTheInvoicesOfTheSalesOrdersTheEventsName() {
        WebhookPlan plan = WebhookPlan.of(List.of(event(1, "sales_order.delivered", 30000001L), event(2, "sales_order.updated", 30000001L),
                event(3, "sales_order.deleted", 30000002L), event(4, "product.updated", 10L)), owners);

        assertThat(plan.scopes()).containsOnlyKeys(SyncType.SALES_INVOICE, SyncType.PRODUCT);
        assertThat(plan.scopes().get(SyncType.SALES_INVOICE)).isEqualTo(RunScope.targeted(List.of(30000001L, 30000002L)));
    }

    private static PendingEvent event(long id, String action, Long objectId) {
        return new PendingEvent(id, action, objectId);
    }
}
