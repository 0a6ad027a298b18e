package io.katanaluca.sync.luca;

import io.katanaluca.sync.product.domain.StockCardDraft;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Test data: {@code aDraft().withName("...").build()}. */
final class StockCardDrafts {

    private String code = "SKU-1";
    private String name = "Vida M8";
    private String barcode = "8690000000011";
    private Long unitId = 5L;
    private String category = "001";
    private BigDecimal vat = new BigDecimal("0.20");
    private BigDecimal purchasePrice = new BigDecimal("12.50");
    private BigDecimal salesPrice = new BigDecimal("19.90");

    static StockCardDrafts aDraft() {
        return new StockCardDrafts();
    }

    /** The create body {@link #aDraft()} is sent as, byte for byte. */
    static String aDraftJson() {
        return "{\"kartKodu\":\"SKU-1\",\"kartAdi\":\"Vida M8\",\"kartTuru\":1,\"baslangicTarihi\":\"07/12/2025\","
                + "\"barkod\":\"8690000000011\",\"olcumBirimiId\":5,\"kategoriAgacKod\":\"001\",\"kartAlisKdvOran\":0.20,"
                + "\"kartSatisKdvOran\":0.20,\"perakendeAlisBirimFiyat\":12.50,\"perakendeSatisBirimFiyat\":19.90,"
                + "\"satilabilirFlag\":1,\"satinAlinabilirFlag\":1}";
    }

    StockCardDrafts withCode(String code) {
        this.code = code;
        return this;
    }

    StockCardDrafts withName(String name) {
        this.name = name;
        return this;
    }

    StockCardDrafts withoutOptionalFields() {
        barcode = null;
        unitId = null;
        category = null;
        vat = null;
        purchasePrice = null;
        salesPrice = null;
        return this;
    }

    StockCardDraft build() {
        return new StockCardDraft(code, name, 1, LocalDate.of(2025, 12, 7), barcode, unitId, category, vat, purchasePrice, salesPrice);
    }
}
