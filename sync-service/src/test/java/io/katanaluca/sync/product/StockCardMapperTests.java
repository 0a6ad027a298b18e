package io.katanaluca.sync.product;

import static io.katanaluca.sync.product.KatanaProducts.aProduct;
import static io.katanaluca.sync.product.KatanaProducts.aVariant;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockCardMapperTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final MappingRules rules = new MappingRules(Map.of("PCS", "adet", "kg", "KG"), null, new BigDecimal("0.20"), null);
    private final UnitCatalogue units = new UnitCatalogue(Map.of("ADET", 5L, "KG", 1L));
    private final StockCardMapper mapper = new StockCardMapper(rules, units, TODAY);

    @Test
    void shouldMapEveryVariantOfAProductNotOnlyTheFirst() {
        List<MappedVariant> mapped = mapper.map(aProduct().withVariants(3).build());

        assertThat(mapped).hasSize(3).allMatch(MappedVariant::isValid);
        assertThat(mapped).extracting(MappedVariant::cardCode).containsExactly("SKU-1-1", "SKU-1-2", "SKU-1-3");
    }

    @Test
    void shouldKeepTurkishTextAndSymbolsExactlyAndTrimOnlyTheSku() {
        var product = aProduct().named("Çelik Boru Ø35×1½ ğüşıİö").withVariant(aVariant(7, "  çğı-Ø35-ş ", "Kırmızı")).build();

        StockCardDraft draft = mapper.map(product).get(0).draft();

        assertThat(draft.kartKodu()).isEqualTo("çğı-Ø35-ş");
        assertThat(draft.kartAdi()).isEqualTo("Çelik Boru Ø35×1½ ğüşıİö (Kırmızı)");
    }

    @Test
    void shouldFillTheCardFieldsFromTheVariantAndTheRules() {
        StockCardDraft draft = mapper.map(aProduct().withVariants(1).build()).get(0).draft();

        assertThat(draft.kartTuru()).isEqualTo(1);
        assertThat(draft.baslangicTarihi()).isEqualTo(TODAY);
        assertThat(draft.olcumBirimiId()).isEqualTo(5L);
        assertThat(draft.kdvOran()).isEqualByComparingTo("0.20");
        assertThat(draft.satisFiyat()).isEqualByComparingTo("1250.5");
        assertThat(draft.alisFiyat()).isEqualByComparingTo("900");
        assertThat(draft.barkod()).isEqualTo("869000101");
    }

    @Test
    void shouldFailAVariantWithoutSkuNamingProductAndVariant() {
        var product = aProduct().withId(42).named("Vida").withVariant(aVariant(4201, "   ", null)).build();

        MappedVariant mapped = mapper.map(product).get(0);

        assertThat(mapped.isValid()).isFalse();
        assertThat(mapped.invalidReason()).contains("Variant 4201", "product 42", "Vida", "no SKU");
    }

    @Test
    void shouldFailAnUnknownUnitListingTheUnitsLucaKnows() {
        var product = aProduct().withUom("box").withVariants(1).build();

        MappedVariant mapped = mapper.map(product).get(0);

        assertThat(mapped.isValid()).isFalse();
        assertThat(mapped.invalidReason()).contains("box");
    }

    @Test
    void shouldFailAUnitMappedToACodeLucaDoesNotHave() {
        var rulesWithMissingUnit = new MappingRules(Map.of("pcs", "PAKET"), null, null, null);
        var mapped = new StockCardMapper(rulesWithMissingUnit, units, TODAY).map(aProduct().withVariants(1).build()).get(0);

        assertThat(mapped.invalidReason()).contains("PAKET", "ADET, KG");
    }
}
