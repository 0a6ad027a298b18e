package io.katanaluca.sync.product.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The stock card we want Luca to hold for one Katana variant: what the mapper produces and the
 * Luca client sends. Field names follow Luca's ({@code kartKodu}, {@code kartAdi}, ...).
 *
 * @param sellable sent as {@code satilabilirFlag}: product cards are sellable, material cards not unless configured
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
        BigDecimal satisFiyat,
        boolean sellable) {

    /** A sellable card, the shape before materials had their own defaults. */
    public StockCardDraft(String kartKodu, String kartAdi, int kartTuru, LocalDate baslangicTarihi, String barkod, Long olcumBirimiId,
            String kategoriAgacKod, BigDecimal kdvOran, BigDecimal alisFiyat, BigDecimal satisFiyat) {
        this(kartKodu, kartAdi, kartTuru, baslangicTarihi, barkod, olcumBirimiId, kategoriAgacKod, kdvOran, alisFiyat, satisFiyat, true);
    }
}
