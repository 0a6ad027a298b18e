package io.katanaluca.sync.product.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PayloadHashTests {

    private final StockCardDraft draft = new StockCardDraft("SKU-1", "Çay Bardağı", 1, LocalDate.of(2026, 1, 1), null, 5L, null,
            new BigDecimal("0.20"), new BigDecimal("10"), new BigDecimal("40"));

    @Test
    void shouldIgnoreTheStartDateSoANewDayIsNotAChange() {
        var nextDay = new StockCardDraft("SKU-1", "Çay Bardağı", 1, LocalDate.of(2026, 1, 2), null, 5L, null,
                new BigDecimal("0.20"), new BigDecimal("10"), new BigDecimal("40"));

        assertThat(PayloadHash.of(nextDay)).isEqualTo(PayloadHash.of(draft));
    }

    @Test
    void shouldCompareMoneyByValue() {
        var sameMoney = new StockCardDraft("SKU-1", "Çay Bardağı", 1, LocalDate.of(2026, 1, 1), null, 5L, null,
                new BigDecimal("0.2000"), new BigDecimal("10.0000000000"), new BigDecimal("40.00"));

        assertThat(PayloadHash.of(sameMoney)).isEqualTo(PayloadHash.of(draft));
    }

    @Test
    void shouldChangeWhenANameOrPriceChanges() {
        var renamed = new StockCardDraft("SKU-1", "Cay Bardagi", 1, LocalDate.of(2026, 1, 1), null, 5L, null,
                new BigDecimal("0.20"), new BigDecimal("10"), new BigDecimal("40"));
        var repriced = new StockCardDraft("SKU-1", "Çay Bardağı", 1, LocalDate.of(2026, 1, 1), null, 5L, null,
                new BigDecimal("0.20"), new BigDecimal("10"), new BigDecimal("41"));

        assertThat(PayloadHash.of(renamed)).isNotEqualTo(PayloadHash.of(draft));
        assertThat(PayloadHash.of(repriced)).isNotEqualTo(PayloadHash.of(draft)).isNotEqualTo(PayloadHash.of(renamed));
    }

    @Test
    void shouldKeepTheHashOfASellableCardAsBeforeMaterialsExistedSoNoCardLooksChangedAfterAnUpgrade() {
        assertThat(PayloadHash.of(draft)).isEqualTo("adffa99be14f5b5f7f91a6cdc7ca799f9d944a6219412874e301f6203c5f5cca");
    }

    @Test
    void shouldChangeWhenACardStopsBeingSellable() {
        var notSellable = new StockCardDraft("SKU-1", "Çay Bardağı", 1, LocalDate.of(2026, 1, 1), null, 5L, null,
                new BigDecimal("0.20"), new BigDecimal("10"), new BigDecimal("40"), false);

        assertThat(PayloadHash.of(notSellable)).isNotEqualTo(PayloadHash.of(draft));
    }
}
