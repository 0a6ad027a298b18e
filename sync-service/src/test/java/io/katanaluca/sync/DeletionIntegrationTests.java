package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Records deleted or archived in Katana after they reached Luca, under the default deletion policy
 * (REPORT): a deleted product, an archived product, a deleted variant, a deleted material and a
 * deleted customer are each reported with what happened (outcome NOT_DELETED), by an incremental
 * run and by a full one, and nothing of them is written to or removed from Luca.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:deletion-report-e2e;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=" + ServiceApi.PASSWORD,
        "jobrunr.dashboard.enabled=false",
        "sync.retry.luca.initial-backoff=10ms",
        "sync.retry.katana.initial-backoff=10ms",
        "sync.incremental.overlap=0s"})
class DeletionIntegrationTests {

    private static final KatanaCatalogue CATALOGUE = KatanaCatalogue.generate(20, 4, 77);
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults(), CATALOGUE);
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults());

    @LocalServerPort
    private int port;
    private SyncApi api;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        ServiceApi.useSimulators(registry, KATANA, LUCA);
    }

    @BeforeEach
    void connect() {
        api = new SyncApi(port, "admin", ServiceApi.PASSWORD);
    }

    @AfterAll
    static void stopSimulators() {
        KATANA.close();
        LUCA.close();
    }

    @Test
    void shouldReportWhatKatanaDeletedOrArchivedAndKeepItsLucaRecords() {
        assertThat(api.runToEnd("{\"syncType\":\"ALL\"}").path("status").asString()).isEqualTo("SUCCESS");
        int cards = LUCA.stockCardCount();
        int accounts = LUCA.customerCount();
        long deletedProduct = CATALOGUE.productIds().get(0);
        long archivedProduct = CATALOGUE.productIds().get(1);
        long deletedVariant = aVariantWithSiblings();
        long deletedMaterial = CATALOGUE.materialIds().get(0);
        long deletedCustomer = CATALOGUE.customerIds().get(0);
        List<Long> removedVariants = new ArrayList<>(variantsOf(deletedProduct));
        removedVariants.addAll(variantsOf(archivedProduct));
        removedVariants.add(deletedVariant);
        CATALOGUE.deleteProduct(deletedProduct);
        CATALOGUE.archiveProduct(archivedProduct);
        CATALOGUE.deleteVariant(deletedVariant);
        CATALOGUE.deleteProduct(deletedMaterial);
        CATALOGUE.deleteCustomer(deletedCustomer);
        long writesBefore = lucaWrites();

        for (String mode : List.of("INCREMENTAL", "FULL")) {
            JsonNode job = api.runToEnd("{\"syncType\":\"ALL\",\"mode\":\"" + mode + "\"}");
            Map<String, List<JsonNode>> kept = api.items(job.path("jobId").asString(), "outcome=NOT_DELETED").stream()
                    .collect(Collectors.groupingBy(item -> item.path("syncType").asString()));

            assertThat(job.path("status").asString()).as(mode).isEqualTo("SUCCESS");
            assertThat(ids(kept.get("PRODUCT"))).as(mode).containsExactlyInAnyOrderElementsOf(removedVariants);
            assertThat(ids(kept.get("MATERIAL"))).as(mode).containsExactlyInAnyOrderElementsOf(variantsOf(deletedMaterial));
            assertThat(ids(kept.get("CUSTOMER"))).as(mode).containsExactly(deletedCustomer);
            assertThat(reasonOf(kept.get("PRODUCT"), variantsOf(deletedProduct).get(0))).contains("Product " + deletedProduct, "was deleted in Katana", "is kept");
            assertThat(reasonOf(kept.get("PRODUCT"), variantsOf(archivedProduct).get(0))).contains("was archived in Katana", "is kept");
            assertThat(reasonOf(kept.get("PRODUCT"), deletedVariant)).contains("Variant " + deletedVariant, "was deleted in Katana");
            assertThat(reasonOf(kept.get("CUSTOMER"), deletedCustomer)).contains("was deleted in Katana", "Luca account", "is kept");
            assertThat(kept.get("PRODUCT")).allSatisfy(item -> assertThat(item.path("lucaId").isNumber()).isTrue());
            assertThat(partOf(job, "PRODUCT").path("errorMessage").asString()).contains(removedVariants.size() + " records were deleted or archived");
        }
        assertThat(lucaWrites()).isEqualTo(writesBefore);
        assertThat(LUCA.stockCardCount()).isEqualTo(cards);
        assertThat(LUCA.customerCount()).isEqualTo(accounts);
        assertThat(LUCA.callCount("SilStkSkart.do")).isZero();
    }

    private static long aVariantWithSiblings() {
        return CATALOGUE.productIds().stream().skip(2).map(DeletionIntegrationTests::variantsOf).filter(variants -> variants.size() > 1)
                .findFirst().orElseThrow().get(0);
    }

    private static List<Long> variantsOf(long productId) {
        return StreamSupport.stream(CATALOGUE.product(productId).orElseThrow().path("variants").spliterator(), false)
                .map(variant -> variant.path("id").asLong()).toList();
    }

    private static List<Long> ids(List<JsonNode> items) {
        return items == null ? List.of() : items.stream().map(item -> item.path("katanaId").asLong()).toList();
    }

    private static String reasonOf(List<JsonNode> items, long katanaId) {
        return items.stream().filter(item -> item.path("katanaId").asLong() == katanaId).findFirst().orElseThrow().path("reason").asString();
    }

    private static JsonNode partOf(JsonNode job, String syncType) {
        return StreamSupport.stream(job.path("parts").spliterator(), false).filter(part -> part.path("syncType").asString().equals(syncType))
                .findFirst().orElseThrow();
    }

    private static long lucaWrites() {
        return LUCA.callCount("EkleStkWsSkart.do") + LUCA.callCount("GuncelleStkWsSkart.do") + LUCA.callCount("EkleFinMusteriWS.do");
    }
}
