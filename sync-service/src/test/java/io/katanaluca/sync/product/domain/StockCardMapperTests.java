package io.katanaluca.sync.product.domain;

import static io.katanaluca.sync.product.domain.KatanaProducts.aDeletedVariant;
import static io.katanaluca.sync.product.domain.KatanaProducts.aProduct;
import static io.katanaluca.sync.product.domain.KatanaProducts.aVariant;
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
    void shouldMapOnlyLiveVariantsAndNameEachRemovedOneWithWhatHappenedInKatana() {
        var product = aProduct().withId(5).named("Masa").withVariant(aVariant(501, "MASA-1", "Meşe"))
                .withVariant(aDeletedVariant(502, "MASA-2", "2026-03-01T10:00:00Z")).build();

        assertThat(mapper.map(product)).extracting(MappedVariant::variantId).containsExactly(501L);
        assertThat(StockCardMapper.removed(product)).containsExactly(
                new RemovedVariant(5, 502, "MASA-2", "Variant 502 of product 5 was deleted in Katana at 2026-03-01T10:00:00Z"));
    }

    @Test
    void shouldTreatEveryVariantOfAnArchivedOrDeletedProductAsRemoved() {
        var archived = aProduct().withId(6).named("Sandalye").withVariants(2).archivedAt("2026-02-01T00:00:00Z").build();
        var deleted = aProduct().withId(7).named("Dolap").withVariants(1).deletedAt("2026-02-02T00:00:00Z").build();

        assertThat(mapper.map(archived)).isEmpty();
        assertThat(mapper.map(deleted)).isEmpty();
        assertThat(StockCardMapper.removed(archived)).extracting(RemovedVariant::why)
                .containsOnly("Product 6 'Sandalye' was archived in Katana at 2026-02-01T00:00:00Z").hasSize(2);
        assertThat(StockCardMapper.removed(deleted)).extracting(RemovedVariant::why)
                .containsExactly("Product 7 'Dolap' was deleted in Katana at 2026-02-02T00:00:00Z");
        assertThat(StockCardMapper.removed(aProduct().withVariants(3).build())).isEmpty();
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

    @Test
    void shouldNameVariantCardsByTheTemplateAndProductCardsByTheProductAlone() {
        var rulesWithTemplate = new MappingRules(Map.of("pcs", "ADET"), null, null, null, null, null, "{product} - {options} [{sku}]", " + ",
                null, true);
        var twoOptions = aVariant(5, "SKU-5", "Kırmızı");
        var withSize = new io.katanaluca.sync.katana.KatanaVariant(6, "SKU-6", null, null, null, null,
                List.of(new io.katanaluca.sync.katana.KatanaVariant.ConfigAttribute("Renk", "Mavi"),
                        new io.katanaluca.sync.katana.KatanaVariant.ConfigAttribute("Boyut", "½ L")), null);
        var templated = new StockCardMapper(rulesWithTemplate, units, TODAY);

        var names = templated.map(aProduct().named("Şişe").withVariant(twoOptions).withVariant(withSize).withVariant(aVariant(7, "SKU-7", null)).build())
                .stream().map(mapped -> mapped.draft().kartAdi()).toList();

        assertThat(names).containsExactly("Şişe - Kırmızı [SKU-5]", "Şişe - Mavi + ½ L [SKU-6]", "Şişe");
    }

    @Test
    void shouldTakeCategoryAndVatFromTheCategoryMapsWithDefaults() {
        var rulesWithCategories = new MappingRules(Map.of("pcs", "ADET"), null, new BigDecimal("0.20"), "999",
                Map.of("Yarı Mamul", "220"), Map.of("YARI MAMUL", new BigDecimal("0.10")), null, null, null, true);
        var mapperWithCategories = new StockCardMapper(rulesWithCategories, units, TODAY);

        StockCardDraft mapped = mapperWithCategories.map(aProduct().inCategory("yarı mamul").withVariants(1).build()).get(0).draft();
        StockCardDraft unmapped = mapperWithCategories.map(aProduct().inCategory("Borular").withVariants(1).build()).get(0).draft();

        assertThat(mapped.kategoriAgacKod()).isEqualTo("220");
        assertThat(mapped.kdvOran()).isEqualByComparingTo("0.10");
        assertThat(unmapped.kategoriAgacKod()).isEqualTo("999");
        assertThat(unmapped.kdvOran()).isEqualByComparingTo("0.20");
    }

    @Test
    void shouldMakeMaterialCardsNotSellableUnlessConfigured() {
        var material = aProduct().withVariants(1).build();

        assertThat(new StockCardMapper(rules.forMaterials(false), units, TODAY).map(material).get(0).draft().sellable()).isFalse();
        assertThat(new StockCardMapper(rules.forMaterials(true), units, TODAY).map(material).get(0).draft().sellable()).isTrue();
        assertThat(mapper.map(material).get(0).draft().sellable()).isTrue();
    }

    @Test
    void shouldCutANameLongerThanLucaTakesAndRecordAWarning() {
        String longName = "Ç".repeat(300);

        MappedVariant mapped = mapper.map(aProduct().named(longName).withVariant(aVariant(9, "SKU-9", null)).build()).get(0);

        assertThat(mapped.draft().kartAdi()).isEqualTo("Ç".repeat(250));
        assertThat(mapped.warnings()).containsExactly("kartAdi was 300 characters; cut to 250 (Luca's limit, sync.mapping.field-limits.kartAdi)");
    }

    @Test
    void shouldFailASkuLongerThanACardCodeInsteadOfCuttingIt() {
        MappedVariant mapped = mapper.map(aProduct().withVariant(aVariant(9, "S".repeat(51), null)).build()).get(0);

        assertThat(mapped.isValid()).isFalse();
        assertThat(mapped.invalidReason()).contains("Variant 9", "kartKodu", "51 characters", "never cut");
    }

    @Test
    void shouldFailANegativePriceButTakeZeroAndTheLargestKatanaPrice() {
        var negative = new io.katanaluca.sync.katana.KatanaVariant(1, "NEG", new BigDecimal("-5"), null, null, null, null, null);
        var zero = new io.katanaluca.sync.katana.KatanaVariant(2, "ZERO", BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, null);
        var huge = new io.katanaluca.sync.katana.KatanaVariant(3, "HUGE", new BigDecimal("1e11"), null, null, null, null, null);

        List<MappedVariant> mapped = mapper.map(aProduct().withVariant(negative).withVariant(zero).withVariant(huge).build());

        assertThat(mapped.get(0).invalidReason()).contains("Variant 1", "negative sales price (-5)");
        assertThat(mapped.get(1).draft().satisFiyat()).isZero();
        assertThat(mapped.get(2).draft().satisFiyat()).isEqualByComparingTo("100000000000");
    }
}
