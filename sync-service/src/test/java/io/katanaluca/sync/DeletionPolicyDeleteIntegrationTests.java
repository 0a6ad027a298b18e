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
 * {@code sync.deletion.policy=DELETE}: the cards of a deleted product and of a deleted variant are
 * deleted from Luca, once; a card whose SKU Katana gave to a new variant is kept for that variant.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:deletion-delete-e2e;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=" + ServiceApi.PASSWORD,
        "jobrunr.dashboard.enabled=false",
        "sync.retry.luca.initial-backoff=10ms",
        "sync.retry.katana.initial-backoff=10ms",
        "sync.deletion.policy=DELETE"})
class DeletionPolicyDeleteIntegrationTests {

    private static final KatanaCatalogue CATALOGUE = KatanaCatalogue.generate(12, 0, 78);
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
    void shouldDeleteTheCardsOfRemovedVariantsButNotACardANewVariantTookOver() {
        assertThat(api.runToEnd("{\"syncType\":\"PRODUCT\"}").path("status").asString()).isEqualTo("SUCCESS");
        int cards = LUCA.stockCardCount();
        long deletedProduct = CATALOGUE.productIds().get(0);
        List<Long> siblings = CATALOGUE.productIds().stream().skip(1).map(DeletionPolicyDeleteIntegrationTests::variantsOf)
                .filter(variants -> variants.size() > 2).findFirst().orElseThrow();
        long deletedVariant = siblings.get(0);
        long reusedVariant = siblings.get(1);
        String reusedSku = sku(reusedVariant);
        List<Long> deletedVariants = new ArrayList<>(variantsOf(deletedProduct));
        deletedVariants.add(deletedVariant);
        List<String> deletedSkus = deletedVariants.stream().map(DeletionPolicyDeleteIntegrationTests::sku).toList();
        CATALOGUE.deleteProduct(deletedProduct);
        CATALOGUE.deleteVariant(deletedVariant);
        CATALOGUE.deleteVariant(reusedVariant);
        long newProduct = CATALOGUE.addProduct(Map.of("name", "Yeni Ürün", "uom", "pcs", "variants", List.of(Map.of("sku", reusedSku))));
        long newVariant = variantsOf(newProduct).get(0);
        long reusedCard = LUCA.stockCardByCode(reusedSku).orElseThrow().skartId();

        JsonNode run = api.runToEnd("{\"syncType\":\"PRODUCT\"}");
        Map<String, List<JsonNode>> byOutcome = api.items(run.path("jobId").asString(), "").stream()
                .filter(item -> !item.path("outcome").asString().equals("UNCHANGED"))
                .collect(Collectors.groupingBy(item -> item.path("outcome").asString()));

        assertThat(run.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(ids(byOutcome.get("DELETED"))).containsExactlyInAnyOrderElementsOf(deletedVariants);
        assertThat(ids(byOutcome.get("NOT_DELETED"))).containsExactly(reusedVariant);
        assertThat(byOutcome.get("NOT_DELETED").get(0).path("reason").asString()).contains("same card code");
        assertThat(ids(byOutcome.get("UPDATED"))).containsExactly(newVariant);
        assertThat(deletedSkus).allSatisfy(sku -> assertThat(LUCA.stockCardByCode(sku)).as(sku).isEmpty());
        assertThat(LUCA.stockCardByCode(reusedSku)).hasValueSatisfying(card -> {
            assertThat(card.skartId()).isEqualTo(reusedCard);
            assertThat(card.kartAdi()).isEqualTo("Yeni Ürün");
        });
        assertThat(LUCA.stockCardCount()).isEqualTo(cards - deletedVariants.size());
        assertThat(LUCA.callCount("SilStkSkart.do")).isEqualTo(deletedVariants.size());

        JsonNode again = api.runToEnd("{\"syncType\":\"PRODUCT\"}");

        assertThat(api.items(again.path("jobId").asString(), "outcome=DELETED")).isEmpty();
        assertThat(LUCA.callCount("SilStkSkart.do")).isEqualTo(deletedVariants.size());
        assertThat(again.path("counters").path("created").asInt() + again.path("counters").path("updated").asInt()).isZero();
    }

    private static String sku(long variantId) {
        return CATALOGUE.variant(variantId).orElseThrow().path("sku").asString();
    }

    private static List<Long> ids(List<JsonNode> items) {
        return items == null ? List.of() : items.stream().map(item -> item.path("katanaId").asLong()).toList();
    }

    private static List<Long> variantsOf(long productId) {
        return StreamSupport.stream(CATALOGUE.product(productId).orElseThrow().path("variants").spliterator(), false)
                .map(variant -> variant.path("id").asLong()).toList();
    }
}
