package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real loop with the Katana simulator delivering: the service registers its endpoint in
 * Katana, a product changes in Katana, and its Luca cards change seconds later without a full
 * listing of Katana; duplicated deliveries write nothing twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:webhook-delivery-e2e;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=" + ServiceApi.PASSWORD,
        "jobrunr.dashboard.enabled=false",
        "katana.webhook.allow-http=true",
        "katana.webhook.coalesce-window=1s"})
class WebhookDeliveryIntegrationTests {

    private static final KatanaCatalogue CATALOGUE = KatanaCatalogue.generate(60, 5);
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults().withHttpWebhooksAllowed(true), CATALOGUE);
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
    void shouldCarryAKatanaChangeToLucaWithinSecondsAndWriteDuplicatesOnce() throws Exception {
        ServiceApi api = new ServiceApi(port);
        assertThat(api.runToEnd("{\"syncType\":\"PRODUCT\"}").path("status").asString()).isEqualTo("SUCCESS");
        HttpResponse<String> registered = api.post("/api/webhooks/katana/registration",
                "{\"url\":\"http://127.0.0.1:" + port + "/api/webhooks/katana\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(registered.body()).doesNotContain(KATANA.webhooks().get(0).token());
        assertThat(KATANA.webhooks()).hasSize(1);
        assertThat(KATANA.webhooks().get(0).subscribedEvents()).contains("product.updated", "variant.updated");

        long productId = CATALOGUE.productIds().get(3);
        int variants = CATALOGUE.product(productId).orElseThrow().path("variants").size();
        long productReads = KATANA.stats().requests("/v1/products");
        long updates = LUCA.callCount("GuncelleStkWsSkart.do");
        KATANA.duplicateNextWebhookDeliveries(5);
        CATALOGUE.renameProduct(productId, "Değişti: Çelik Ø12 × ½");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> LUCA.stockCards().stream().filter(card -> card.kartAdi().startsWith("Değişti: Çelik Ø12 × ½")).count() == variants);
        assertThat(KATANA.stats().requests("/v1/products") - productReads).as("one targeted page, no full listing").isEqualTo(1);
        assertThat(KATANA.awaitWebhookDeliveries(Duration.ofSeconds(10))).isTrue();
        assertThat(KATANA.webhookStats().duplicates()).isPositive();
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(12))
                .until(() -> LUCA.callCount("GuncelleStkWsSkart.do") - updates == variants);
    }
}
