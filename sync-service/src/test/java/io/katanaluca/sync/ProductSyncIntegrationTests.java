package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sim.luca.StoredStockCard;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole service against both simulators on H2, through its HTTP API: a first full sync of
 * over 1,000 variants, an immediate second run that writes nothing, and a run after 10 variants
 * changed in Katana that makes exactly 10 updates; an incremental run that reads only what changed
 * since; then a Luca that lost its cards stops the run
 * instead of being refilled. The dry run comes first: it must see the catalogue before any write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:product-sync-e2e;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=" + ServiceApi.PASSWORD,
        "jobrunr.dashboard.enabled=false",
        "sync.retry.luca.initial-backoff=10ms",
        "sync.retry.katana.initial-backoff=10ms",
        "sync.incremental.overlap=0s"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductSyncIntegrationTests {

    private static final tools.jackson.databind.json.JsonMapper JSON = ServiceApi.JSON;
    private static final KatanaCatalogue CATALOGUE = catalogueWithTraps();
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults(), CATALOGUE);
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults());

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        ServiceApi.useSimulators(registry, KATANA, LUCA);
    }

    @AfterAll
    static void stopSimulators() {
        KATANA.close();
        LUCA.close();
    }

    @Test
    @Order(2)
    void shouldSyncEveryVariantOnceThenWriteNothingThenOnlyWhatChanged() throws Exception {
        int validVariants = CATALOGUE.variantCount() - 3;
        assertThat(validVariants).isGreaterThanOrEqualTo(1000);

        JsonNode first = runToEnd("{\"syncType\":\"PRODUCT\"}");

        assertThat(first.path("status").asString()).isEqualTo("PARTIAL");
        assertThat(first.path("counters").path("created").asInt()).isEqualTo(validVariants);
        assertThat(first.path("counters").path("failed").asInt()).isEqualTo(3);
        assertThat(LUCA.stockCards()).hasSize(validVariants);
        assertOneCardPerSkuWithMappedFields();
        assertThat(LUCA.loginCount()).isEqualTo(1);
        assertTheTrapsFailedWithReasons(first.path("jobId").asString());

        long writesBefore = lucaWrites();
        JsonNode second = runToEnd("{\"syncType\":\"PRODUCT\"}");

        assertThat(lucaWrites()).isEqualTo(writesBefore);
        assertThat(second.path("counters").path("unchanged").asInt()).isEqualTo(validVariants);
        assertThat(second.path("counters").path("created").asInt()).isZero();

        List<Long> changed = changeTenVariantPrices();
        long updatesBefore = LUCA.callCount("GuncelleStkWsSkart.do");
        JsonNode third = runToEnd("{\"syncType\":\"PRODUCT\"}");

        assertThat(LUCA.callCount("GuncelleStkWsSkart.do") - updatesBefore).isEqualTo(10);
        assertThat(LUCA.callCount("EkleStkWsSkart.do")).isEqualTo(validVariants);
        assertThat(third.path("counters").path("updated").asInt()).isEqualTo(10);
        assertThat(pricesInLuca(changed)).allSatisfy(price -> assertThat(price).isEqualByComparingTo("4321.5"));
        assertThat(LUCA.stockCards()).hasSize(validVariants);
        assertThat(LUCA.loginCount()).isEqualTo(1);

        List<Long> changedLater = changeVariantPrices(3, 20, new BigDecimal("99.9"));
        long updatesBeforeIncremental = LUCA.callCount("GuncelleStkWsSkart.do");
        JsonNode incremental = runToEnd("{\"syncType\":\"PRODUCT\",\"mode\":\"INCREMENTAL\"}");

        assertThat(LUCA.callCount("GuncelleStkWsSkart.do") - updatesBeforeIncremental).isEqualTo(3);
        assertThat(incremental.path("counters").path("updated").asInt()).isEqualTo(3);
        assertThat(incremental.path("counters").path("total").asInt()).as("only the changed products were read").isBetween(3, 15);
        assertThat(changedLater).allSatisfy(id -> assertThat(priceInLuca(id)).isEqualByComparingTo("99.9"));

        LUCA.reset();
        JsonNode afterLucaLostItsCards = runToEnd("{\"syncType\":\"PRODUCT\"}");

        assertThat(afterLucaLostItsCards.path("status").asString()).isEqualTo("FAILED");
        assertThat(afterLucaLostItsCards.path("errorMessage").asString()).contains("listed no stock cards", "stopped");
        assertThat(LUCA.callCount("EkleStkWsSkart.do")).isZero();
        assertThat(LUCA.stockCards()).isEmpty();
    }

    @Test
    @Order(1)
    void shouldRefuseASecondRunOfATypeThatIsAlreadyQueuedOrRunning() throws Exception {
        long writesBefore = lucaWrites();
        HttpResponse<String> started = post("/api/sync/start", "{\"syncType\":\"PRODUCT\",\"dryRun\":true,\"limit\":5}");
        HttpResponse<String> second = post("/api/sync/start", "{\"syncType\":\"PRODUCT\",\"dryRun\":true}");

        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        String jobId = JSON.readTree(started.body()).path("jobId").asString();
        assertThat(JSON.readTree(second.body()).path("runningJobId").asString()).isEqualTo(jobId);

        JsonNode dryRun = awaitEnd(jobId);

        assertThat(dryRun.path("counters").path("total").asInt()).isEqualTo(5);
        assertThat(dryRun.path("status").asString()).isIn("SUCCESS", "PARTIAL");
        assertThat(dryRun.path("counters").path("succeeded").asInt()).as("a dry run writes nothing, so nothing succeeded").isZero();
        assertThat(dryRun.path("counters").path("created").asInt()).isZero();
        assertThat(dryRun.path("planned").path("CREATE").asInt() + dryRun.path("planned").path("INVALID").asInt())
                .as("Luca has no card yet: each record is to be created, or a trap").isEqualTo(5);
        assertThat(dryRun.path("planned").path("INVALID").asInt()).isEqualTo(dryRun.path("counters").path("failed").asInt());
        assertThat(lucaWrites()).isEqualTo(writesBefore);
    }

    private JsonNode runToEnd(String body) throws Exception {
        return api().runToEnd(body);
    }

    private JsonNode awaitEnd(String jobId) {
        return api().awaitEnd(jobId);
    }

    private ServiceApi api() {
        return new ServiceApi(port);
    }

    private void assertOneCardPerSkuWithMappedFields() {
        Map<String, StoredStockCard> cards = LUCA.stockCards().stream()
                .collect(Collectors.toMap(StoredStockCard::kartKodu, Function.identity()));
        for (JsonNode variant : CATALOGUE.variants()) {
            String sku = variant.path("sku").asString("");
            if (sku.isBlank() || sku.trim().startsWith("DUP-")) {
                continue;
            }
            StoredStockCard card = cards.get(sku.trim());
            assertThat(card).as("card for SKU %s", sku).isNotNull();
            JsonNode product = CATALOGUE.product(variant.path("product_id").asLong()).orElseThrow();
            assertThat(card.kartAdi()).startsWith(product.path("name").asString());
            assertThat(card.field("kartTuru").asInt()).isEqualTo(1);
            assertThat(card.field("baslangicTarihi").asString()).matches("\\d{2}/\\d{2}/\\d{4}");
            assertThat(new BigDecimal(card.field("perakendeSatisBirimFiyat").asString()))
                    .isEqualByComparingTo(new BigDecimal(variant.path("sales_price").asString()));
        }
    }

    private void assertTheTrapsFailedWithReasons(String jobId) throws Exception {
        JsonNode failed = JSON.readTree(get("/api/sync/job/" + jobId + "/records?outcome=FAILED").body()).path("items");
        assertThat(failed).hasSize(3);
        List<String> reasons = new ArrayList<>();
        failed.forEach(item -> reasons.add(item.path("reason").asString()));
        assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("no SKU", "Eksik SKU Ürünü"));
        assertThat(reasons).filteredOn(reason -> reason.contains("DUP-1")).hasSize(2)
                .allSatisfy(reason -> assertThat(reason).contains("as does"));
        assertThat(LUCA.stockCardByCode("DUP-1")).isEmpty();
    }

    private long lucaWrites() {
        return LUCA.callCount("EkleStkWsSkart.do") + LUCA.callCount("GuncelleStkWsSkart.do");
    }

    private List<Long> changeTenVariantPrices() {
        return changeVariantPrices(10, 0, new BigDecimal("4321.5"));
    }

    /** Changes the price of {@code count} variants of distinct products, skipping the first {@code skip} syncable ones. */
    private static List<Long> changeVariantPrices(int count, int skip, BigDecimal price) {
        Map<Long, Long> oneVariantPerProduct = new java.util.LinkedHashMap<>();
        CATALOGUE.variants().stream()
                .filter(v -> !v.path("sku").asString("").isBlank() && !v.path("sku").asString().trim().startsWith("DUP-"))
                .forEach(v -> oneVariantPerProduct.putIfAbsent(v.path("product_id").asLong(), v.path("id").asLong()));
        List<Long> changed = oneVariantPerProduct.values().stream().skip(skip).limit(count).toList();
        changed.forEach(id -> CATALOGUE.setVariantSalesPrice(id, price));
        return changed;
    }

    private List<BigDecimal> pricesInLuca(List<Long> variantIds) {
        return variantIds.stream().map(this::priceInLuca).toList();
    }

    private BigDecimal priceInLuca(long variantId) {
        String sku = CATALOGUE.variant(variantId).orElseThrow().path("sku").asString().trim();
        return new BigDecimal(LUCA.stockCardByCode(sku).orElseThrow().field("perakendeSatisBirimFiyat").asString());
    }

    private static KatanaCatalogue catalogueWithTraps() {
        KatanaCatalogue catalogue = KatanaCatalogue.generateWithVariantCount(1000, 7);
        catalogue.addProduct(product("Eksik SKU Ürünü", variant(null)));
        catalogue.addProduct(product("Çift Kodlu Ürün", variant("DUP-1"), variant("  DUP-1 ")));
        return catalogue;
    }

    private static Map<String, Object> product(String name, Map<?, ?>... variants) {
        Map<String, Object> product = new HashMap<>();
        product.put("name", name);
        product.put("uom", "pcs");
        product.put("variants", List.of(variants));
        return product;
    }

    private static Map<String, Object> variant(String sku) {
        Map<String, Object> variant = new HashMap<>();
        variant.put("sku", sku);
        variant.put("sales_price", 10);
        variant.put("purchase_price", "5.0000000000");
        return variant;
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return api().post(path, body);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return api().get(path);
    }
}
