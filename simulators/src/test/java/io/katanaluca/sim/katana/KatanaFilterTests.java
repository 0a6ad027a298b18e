package io.katanaluca.sim.katana;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class KatanaFilterTests {

    private KatanaSimulator katana;
    private KatanaClient client;

    @BeforeEach
    void start() {
        KatanaSimulatorConfig config = KatanaSimulatorConfig.defaults().withRateLimit(10_000, Duration.ofMinutes(1));
        katana = KatanaSimulator.start(config, KatanaCatalogue.generate(40, 3));
        client = new KatanaClient(katana);
    }

    @AfterEach
    void stop() {
        katana.close();
    }

    @Test
    void shouldReturnOnlyRecordsUpdatedSinceUpdatedAtMin() {
        // given
        Instant before = Instant.now().minusMillis(1);
        long productId = katana.catalogue().productIds().get(5);
        long variantId = katana.catalogue().variantIds().get(9);
        katana.catalogue().renameProduct(productId, "Yeni İsim Ğüşıöç");
        katana.catalogue().setVariantSalesPrice(variantId, new BigDecimal("99.90"));

        // when
        JsonNode products = client.getJson("/products?limit=250&updated_at_min=" + before);
        JsonNode variants = client.getJson("/variants?limit=250&updated_at_min=" + before);

        // then
        assertThat(ids(products)).contains(productId).hasSize(2);
        assertThat(ids(variants)).containsExactly(variantId);
        assertThat(new BigDecimal(variants.path("data").get(0).path("sales_price").asString())).isEqualByComparingTo("99.90");
    }

    @Test
    void shouldAcceptIdsRepeatedOrCommaSeparated() {
        // given
        List<Long> wanted = katana.catalogue().productIds().subList(0, 3);

        // when
        JsonNode repeated = client.getJson("/products?ids=" + wanted.get(0) + "&ids=" + wanted.get(1) + "&ids="
                + wanted.get(2));
        JsonNode commas = client.getJson("/products?ids=" + wanted.get(0) + "," + wanted.get(1) + "," + wanted.get(2));

        // then
        assertThat(ids(repeated)).containsExactlyInAnyOrderElementsOf(wanted);
        assertThat(ids(commas)).containsExactlyInAnyOrderElementsOf(wanted);
    }

    @Test
    void shouldHideDeletedRecordsUnlessIncludeDeleted() {
        // given
        long productId = katana.catalogue().productIds().get(0);
        katana.catalogue().deleteProduct(productId);

        // when
        JsonNode hidden = client.getJson("/products?ids=" + productId);
        JsonNode shown = client.getJson("/products?ids=" + productId + "&include_deleted=true");
        JsonNode variants = client.getJson("/variants?product_id=" + productId + "&include_deleted=true");

        // then
        assertThat(hidden.path("data")).isEmpty();
        assertThat(shown.path("data").get(0).path("deleted_at").isString()).isTrue();
        assertThat(variants.path("data")).isNotEmpty()
                .allSatisfy(v -> assertThat(v.path("deleted_at").isString()).isTrue());
        assertThat(katana.catalogue().productIds()).doesNotContain(productId);
    }

    @Test
    void shouldHideDeletedVariantInsideItsProductUnlessIncludeDeleted() {
        // given
        JsonNode product = katana.catalogue().variants().stream()
                .map(v -> katana.catalogue().product(v.path("product_id").asLong()).orElseThrow())
                .filter(p -> p.path("variants").size() > 1)
                .findFirst().orElseThrow();
        long variantId = product.path("variants").get(0).path("id").asLong();
        katana.catalogue().deleteVariant(variantId);

        // when
        JsonNode normal = client.getJson("/products?ids=" + product.path("id").asLong()).path("data").get(0);
        JsonNode withDeleted = client.getJson("/products?include_deleted=true&ids=" + product.path("id").asLong())
                .path("data").get(0);

        // then
        assertThat(normal.path("variants")).hasSize(product.path("variants").size() - 1);
        assertThat(withDeleted.path("variants")).hasSize(product.path("variants").size());
    }

    @Test
    void shouldHideArchivedProductsAndTheirVariantsUnlessIncludeArchived() {
        // given
        long productId = katana.catalogue().productIds().get(1);
        katana.catalogue().archiveProduct(productId);

        // when
        JsonNode hidden = client.getJson("/variants?product_id=" + productId);
        JsonNode shown = client.getJson("/variants?include_archived=true&product_id=" + productId);

        // then
        assertThat(hidden.path("data")).isEmpty();
        assertThat(shown.path("data")).isNotEmpty();
    }

    @Test
    void shouldFilterVariantsBySku() {
        // given
        List<JsonNode> variants = katana.catalogue().variants();
        String first = variants.get(0).path("sku").asString();
        String second = variants.get(3).path("sku").asString();

        // when
        JsonNode found = client.getJson("/variants?sku=" + first + "&sku=" + second);

        // then
        assertThat(found.path("data")).extracting(v -> v.path("sku").asString())
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void shouldFilterBySkuWhileSomeVariantHasNoSku() {
        // given
        Map<String, Object> noSku = new java.util.HashMap<>();
        noSku.put("sku", null);
        katana.catalogue().addProduct(Map.of("name", "Kodsuz", "variants", List.of(noSku, Map.of("sku", "KODLU-1"))));

        // when
        HttpResponse<String> response = client.get("/variants?sku=KODLU-1");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(KatanaClient.json(response).path("data")).singleElement()
                .satisfies(v -> assertThat(v.path("sku").asString()).isEqualTo("KODLU-1"));
    }

    @Test
    void shouldRejectUnreadableDateFilterWith400() {
        // when
        HttpResponse<String> response = client.get("/products?updated_at_min=gestern");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(KatanaClient.json(response).path("details").get(0).path("path").asString())
                .isEqualTo(".updated_at_min");
    }

    @Test
    void shouldServeProductsAddedAtRunTime() {
        // given
        long id = katana.catalogue().addProduct(Map.of("name", "Çay Bardağı ½ lt", "uom", "pcs",
                "variants", List.of(Map.of("sku", "CAY-1", "sales_price", 12.5))));

        // when
        JsonNode found = client.getJson("/variants?sku=CAY-1").path("data").get(0);

        // then
        assertThat(found.path("product_id").asLong()).isEqualTo(id);
        assertThat(found.path("type").asString()).isEqualTo("product");
        assertThat(found.path("id").asLong()).isPositive();
    }

    @Test
    void shouldServeWholePagesWhileTheCatalogueChangesConcurrently() throws Exception {
        // given
        List<Long> variantIds = katana.catalogue().variantIds();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> pages = new ArrayList<>();

        // when
        for (int i = 0; i < 40; i++) {
            long variantId = variantIds.get(i % variantIds.size());
            pool.submit(() -> katana.catalogue().setVariantSalesPrice(variantId, BigDecimal.valueOf(variantId % 97)));
            pages.add(pool.submit(() -> client.getJson("/variants?limit=250").path("data").size()));
        }
        pool.shutdown();

        // then
        for (Future<Integer> page : pages) {
            assertThat(page.get()).isEqualTo(variantIds.size());
        }
    }

    private static List<Long> ids(JsonNode page) {
        return page.path("data").valueStream().map(r -> r.path("id").asLong()).toList();
    }
}
