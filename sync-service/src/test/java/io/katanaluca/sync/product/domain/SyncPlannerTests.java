package io.katanaluca.sync.product.domain;

import static io.katanaluca.sync.product.domain.KatanaProducts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.record.Action;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncPlannerTests {

    private final MapStockCardCache lucaCards = new MapStockCardCache(Map.of());
    private final SyncPlanner planner = new SyncPlanner(lucaCards);
    private final MappedVariant variant = new StockCardMapper(new MappingRules(Map.of("pcs", "ADET"), null, BigDecimal.ONE, null),
            new UnitCatalogue(Map.of("ADET", 5L)), LocalDate.of(2026, 1, 1)).map(aProduct().withVariants(1).build()).get(0);

    @Test
    void shouldCreateACardLucaDoesNotHave() {
        PlannedItem item = planner.plan(variant, Optional.empty());

        assertThat(item.action()).isEqualTo(Action.CREATE);
        assertThat(item.skartId()).isNull();
    }

    @Test
    void shouldLeaveAnUnchangedCardAlone() {
        lucaCards.put(variant.cardCode(), 900L);
        var mapping = new ExistingMapping(variant.variantId(), variant.cardCode(), 900L, PayloadHash.of(variant.draft()));

        assertThat(planner.plan(variant, Optional.of(mapping)).action()).isEqualTo(Action.UNCHANGED);
    }

    @Test
    void shouldUpdateWhenThePayloadChanged() {
        lucaCards.put(variant.cardCode(), 900L);
        var mapping = new ExistingMapping(variant.variantId(), variant.cardCode(), 900L, "an older hash");

        PlannedItem item = planner.plan(variant, Optional.of(mapping));

        assertThat(item.action()).isEqualTo(Action.UPDATE);
        assertThat(item.skartId()).isEqualTo(900L);
    }

    @Test
    void shouldAdoptACardLucaAlreadyHoldsUnderTheCodeInsteadOfCreatingASecond() {
        lucaCards.put(variant.cardCode(), 77L);

        PlannedItem item = planner.plan(variant, Optional.empty());

        assertThat(item.action()).isEqualTo(Action.UPDATE);
        assertThat(item.skartId()).isEqualTo(77L);
    }

    @Test
    void shouldRenameTheCardWhenTheSkuChangedInKatana() {
        var mapping = new ExistingMapping(variant.variantId(), "OLD-SKU", 55L, "hash");

        PlannedItem item = planner.plan(variant, Optional.of(mapping));

        assertThat(item.action()).isEqualTo(Action.UPDATE);
        assertThat(item.skartId()).isEqualTo(55L);
    }

    @Test
    void shouldRecreateACardThatDisappearedFromLuca() {
        var mapping = new ExistingMapping(variant.variantId(), variant.cardCode(), 55L, PayloadHash.of(variant.draft()));

        assertThat(planner.plan(variant, Optional.of(mapping)).action()).isEqualTo(Action.CREATE);
    }

    @Test
    void shouldCarryTheReasonOfAnInvalidVariant() {
        MappedVariant invalid = MappedVariant.invalid(1, 2, null, "no SKU");

        PlannedItem item = planner.plan(invalid, Optional.empty());

        assertThat(item.action()).isEqualTo(Action.INVALID);
        assertThat(item.reason()).isEqualTo("no SKU");
    }

    @Test
    void shouldKeepAndReportTheCardOfARemovedVariantByDefault() {
        var removed = new RemovedVariant(1, 101, "SKU-1-1", "Variant 101 of product 1 was deleted in Katana at 2026-03-01T10:00:00Z");
        var card = new ExistingMapping(101, "SKU-1-1", 900L, "hash");

        Optional<PlannedRemoval> plan = SyncPlanner.planRemoval(removed, Optional.of(card), DeletionPolicy.REPORT);

        assertThat(plan).hasValueSatisfying(removal -> {
            assertThat(removal.action()).isEqualTo(Action.KEEP);
            assertThat(removal.reason()).startsWith(removed.why()).contains("'SKU-1-1' (skartId 900) is kept");
        });
    }

    @Test
    void shouldDeleteTheCardOfARemovedVariantWhenThePolicySaysSo() {
        var removed = new RemovedVariant(1, 101, "SKU-1-1", "Product 1 'Masa' was archived in Katana at 2026-03-01T10:00:00Z");

        Optional<PlannedRemoval> plan = SyncPlanner.planRemoval(removed, Optional.of(new ExistingMapping(101, "SKU-1-1", 900L, "h")),
                DeletionPolicy.DELETE);

        assertThat(plan).hasValueSatisfying(removal -> assertThat(removal.action()).isEqualTo(Action.DELETE));
    }

    @Test
    void shouldIgnoreARemovedVariantThatNeverReachedLuca() {
        var removed = new RemovedVariant(1, 101, "SKU-1-1", "deleted");

        assertThat(SyncPlanner.planRemoval(removed, Optional.empty(), DeletionPolicy.DELETE)).isEmpty();
    }
}
