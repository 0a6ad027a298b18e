package io.katanaluca.sim.katana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.katanaluca.sim.http.Json;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class KatanaCatalogueTests {

    @Test
    void shouldGenerateTheSameCatalogueForTheSameSeed() {
        // when
        KatanaCatalogue first = KatanaCatalogue.generate(50, 5, 99);
        KatanaCatalogue second = KatanaCatalogue.generate(50, 5, 99);

        // then
        assertThat(Json.text(first.variants())).isEqualTo(Json.text(second.variants()));
        assertThat(first.customer(first.customerIds().get(0))).isEqualTo(second.customer(second.customerIds().get(0)));
    }

    @Test
    void shouldGiveEveryProductOneToFiveVariantsWithUniqueSkus() {
        // when
        KatanaCatalogue catalogue = KatanaCatalogue.generate(200, 1);

        // then
        assertThat(catalogue.productCount()).isEqualTo(200);
        assertThat(catalogue.productIds()).allSatisfy(id ->
                assertThat(catalogue.product(id).orElseThrow().path("variants").size()).isBetween(1, 5));
        List<String> skus = catalogue.variants().stream().map(v -> v.path("sku").asString()).toList();
        assertThat(skus).doesNotHaveDuplicates().allMatch(sku -> sku.matches("TR-\\d{6}-[1-5]"));
        assertThat(catalogue.variantCount()).isEqualTo(skus.size());
    }

    @Test
    void shouldWriteEveryThirdProductsPricesAsTenDecimalStrings() {
        // when
        KatanaCatalogue catalogue = KatanaCatalogue.generate(6, 1);

        // then
        JsonNode third = catalogue.product(1_000_003).orElseThrow().path("variants").get(0);
        JsonNode first = catalogue.product(1_000_001).orElseThrow().path("variants").get(0);
        assertThat(third.path("sales_price").asString()).matches("\\d+\\.\\d{10}");
        assertThat(third.path("purchase_price").isString()).isTrue();
        assertThat(first.path("sales_price").isNumber()).isTrue();
    }

    @Test
    void shouldUseEveryTurkishLetterAndTheTroublesomeSymbolsInNames() {
        // when
        KatanaCatalogue catalogue = KatanaCatalogue.generate(300, 42);

        // then
        String names = catalogue.productIds().stream()
                .map(id -> catalogue.product(id).orElseThrow().path("name").asString())
                .collect(Collectors.joining(" "));
        assertThat(names).contains("ç", "ğ", "ı", "İ", "ö", "ş", "ü", "Ç", "Ğ", "Ö", "Ş", "Ü", "Ø", "×", "½");
    }

    @Test
    void shouldShapeVariantsAsKatanaDoes() {
        // when
        JsonNode product = KatanaCatalogue.generate(10, 2).product(1_000_002).orElseThrow();

        // then
        assertThat(product.propertyNames()).contains("id", "name", "uom", "category_name", "is_sellable",
                "is_producible", "is_purchasable", "type", "configs", "variants", "created_at", "updated_at",
                "archived_at", "deleted_at");
        JsonNode variant = product.path("variants").get(0);
        assertThat(variant.propertyNames()).contains("id", "sku", "sales_price", "purchase_price", "product_id",
                "material_id", "type", "internal_barcode", "registered_barcode", "supplier_item_codes",
                "config_attributes", "created_at", "updated_at", "deleted_at");
        assertThat(variant.path("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(variant.path("product_id").asLong()).isEqualTo(1_000_002);
    }

    @Test
    void shouldGiveMultiVariantProductsAConfigMatchingTheirAttributes() {
        // given
        KatanaCatalogue catalogue = KatanaCatalogue.generate(30, 4);

        // when
        JsonNode product = catalogue.productIds().stream().map(id -> catalogue.product(id).orElseThrow())
                .filter(p -> p.path("variants").size() > 1).findFirst().orElseThrow();

        // then
        JsonNode config = product.path("configs").get(0);
        assertThat(config.path("name").asString()).isIn("Renk", "Boyut");
        assertThat(product.path("variants")).allSatisfy(v -> {
            assertThat(v.path("config_attributes").get(0).path("config_name").asString())
                    .isEqualTo(config.path("name").asString());
            assertThat(config.path("values").valueStream().map(JsonNode::asString))
                    .contains(v.path("config_attributes").get(0).path("config_value").asString());
        });
    }

    @Test
    void shouldGenerateMaterialsWithoutSalesPriceAndCustomersWithBillingAddress() {
        // when
        KatanaCatalogue catalogue = KatanaCatalogue.generate(50, 3, 8);

        // then
        assertThat(catalogue.materialCount()).isEqualTo(3);
        JsonNode material = catalogue.product(catalogue.materialIds().get(0)).orElseThrow();
        assertThat(material.path("type").asString()).isEqualTo("material");
        assertThat(material.path("variants").get(0).path("sales_price").isNull()).isTrue();
        assertThat(material.path("variants").get(0).path("material_id").asLong()).isEqualTo(material.path("id").asLong());
        assertThat(catalogue.customerCount()).isEqualTo(10);
        JsonNode customer = catalogue.customer(catalogue.customerIds().get(0)).orElseThrow();
        assertThat(customer.path("addresses").get(0).path("entity_type").asString()).isEqualTo("billing");
        assertThat(customer.path("currency").asString()).isNotBlank();
    }

    @Test
    void shouldGenerateAtLeastTheRequestedNumberOfVariants() {
        // when
        KatanaCatalogue catalogue = KatanaCatalogue.generateWithVariantCount(1_000, 5);

        // then
        assertThat(catalogue.variantCount()).isBetween(1_000, 1_004);
    }

    @Test
    void shouldBumpUpdatedAtOfVariantAndProductOnChange() {
        // given
        KatanaCatalogue catalogue = KatanaCatalogue.generate(5, 1);
        catalogue.useClock(Clock.fixed(Instant.parse("2030-01-01T10:00:00.123Z"), ZoneOffset.UTC));
        long variantId = catalogue.variantIds().get(0);

        // when
        catalogue.setVariantSku(variantId, "YENİ-SKU");

        // then
        JsonNode variant = catalogue.variant(variantId).orElseThrow();
        assertThat(variant.path("sku").asString()).isEqualTo("YENİ-SKU");
        assertThat(variant.path("updated_at").asString()).isEqualTo("2030-01-01T10:00:00.123Z");
        assertThat(catalogue.product(variant.path("product_id").asLong()).orElseThrow().path("updated_at").asString())
                .isEqualTo("2030-01-01T10:00:00.123Z");
    }

    @Test
    void shouldKeepThePriceStyleOfAVariantWhenItsPriceChanges() {
        // given
        KatanaCatalogue catalogue = KatanaCatalogue.generate(3, 1);
        long textPriced = catalogue.product(1_000_003).orElseThrow().path("variants").get(0).path("id").asLong();
        long numberPriced = catalogue.product(1_000_001).orElseThrow().path("variants").get(0).path("id").asLong();

        // when
        catalogue.setVariantSalesPrice(textPriced, new BigDecimal("1250.5"));
        catalogue.setVariantSalesPrice(numberPriced, new BigDecimal("1250.50"));

        // then
        assertThat(catalogue.variant(textPriced).orElseThrow().path("sales_price").asString()).isEqualTo("1250.5000000000");
        assertThat(Json.text(catalogue.variant(numberPriced).orElseThrow().path("sales_price"))).isEqualTo("1250.5");
    }

    @Test
    void shouldRefuseChangesToUnknownRecordsAndFixedFields() {
        // given
        KatanaCatalogue catalogue = KatanaCatalogue.generate(3, 1);
        long variantId = catalogue.variantIds().get(0);

        // then
        assertThatThrownBy(() -> catalogue.renameProduct(42, "x")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> catalogue.updateVariant(variantId, Map.of("id", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldLoadTheSampleCatalogueFromTheClassPath() {
        // when
        KatanaCatalogue catalogue = KatanaCatalogue.fromClasspath("sample-catalogue.json");

        // then
        assertThat(catalogue.productCount()).isEqualTo(5);
        assertThat(catalogue.variantCount()).isGreaterThanOrEqualTo(5);
        assertThat(catalogue.customerCount()).isPositive();
        assertThat(catalogue.variants()).allSatisfy(v -> assertThat(v.path("sku").asString()).isNotBlank());
    }

    @Test
    void shouldReadABareProductArrayFromAFileAndFillInIdsAndTimestamps(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("catalogue.json");
        Files.writeString(file, "[{\"name\":\"Şeftali Reçeli\",\"variants\":[{\"sku\":\"RCL-1\"},{\"sku\":\"RCL-2\"}]}]");

        // when
        KatanaCatalogue catalogue = KatanaCatalogue.fromJson(file);

        // then
        JsonNode product = catalogue.product(catalogue.productIds().get(0)).orElseThrow();
        assertThat(product.path("name").asString()).isEqualTo("Şeftali Reçeli");
        assertThat(product.path("created_at").isString()).isTrue();
        assertThat(catalogue.variants()).extracting(v -> v.path("product_id").asLong())
                .containsOnly(product.path("id").asLong());
        assertThat(catalogue.variantIds()).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void shouldGenerateOnlyCustomersAndChangeOrDeleteThem() {
        // given
        KatanaCatalogue catalogue = KatanaCatalogue.generateCustomers(30, 5);
        long first = catalogue.customerIds().get(0);

        // when
        catalogue.updateCustomer(first, Map.of("company", "Yeni Ünvan A.Ş."));
        catalogue.deleteCustomer(catalogue.customerIds().get(1));

        // then
        assertThat(catalogue.productCount()).isZero();
        assertThat(catalogue.customerCount()).isEqualTo(29);
        assertThat(catalogue.customer(first).orElseThrow().path("company").asString()).isEqualTo("Yeni Ünvan A.Ş.");
        assertThatThrownBy(() -> catalogue.updateCustomer(first, Map.of("id", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
