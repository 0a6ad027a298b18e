package io.katanaluca.sync.product;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The stock card we want Luca to hold for one Katana variant: what the mapper produces and the
 * Luca client sends. Field names follow Luca's ({@code kartKodu}, {@code kartAdi}, ...).
 */
public record StockCardDraft(
        String kartKodu,
        String kartAdi,
        int kartTuru,
        LocalDate baslangicTarihi,
        String barkod,
        Long olcumBirimiId,
        String kategoriAgacKod,
        BigDecimal kdvOran,
        BigDecimal alisFiyat,
        BigDecimal satisFiyat) {
}
