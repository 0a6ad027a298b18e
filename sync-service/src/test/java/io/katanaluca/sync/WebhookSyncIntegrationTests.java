package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Katana events in, targeted syncs out: a burst of signed deliveries for 40 changed products
 * (with variant events and retries mixed in) becomes one job that reads only those products and
 * updates only their cards; the same burst again writes nothing. Deleted events lead to targeted
 * runs that report the removed variants by the deletion policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:webhook-sync-e2e;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=" + ServiceApi.PASSWORD,
        "jobrunr.dashboard.enabled=false",
        "katana.webhook.token=" + WebhookSyncIntegrationTests.TOKEN,
        "katana.webhook.coalesce-window=2s"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhookSyncIntegrationTests {

    static final String TOKEN = "5e1f0c2a9b7d4e36";
    private static final JsonMapper JSON = ServiceApi.JSON;
    private static final KatanaCatalogue CATALOGUE = KatanaCatalogue.generate(120, 11);
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults(), CATALOGUE);
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults());

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

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
    @Order(1)
    void shouldTurnABurstOfEventsIntoOneTargetedSyncOfOnlyTheChangedProducts() throws Exception {
        fullSync();
        List<Long> changed = CATALOGUE.productIds().subList(0, 40);
        changed.forEach(id -> CATALOGUE.renameProduct(id, "Yeni İsim Ğüşıöç Ø " + id));
        int variantsOfChanged = changed.stream().mapToInt(id -> CATALOGUE.product(id).orElseThrow().path("variants").size()).sum();
        long productReadsBefore = KATANA.stats().requests("/v1/products");
        long updatesBefore = LUCA.callCount("GuncelleStkWsSkart.do");

        List<String> burst = burstOfEvents(changed);
        for (String event : burst) {
            assertThat(deliver(event, null).statusCode()).isEqualTo(202);
        }
        deliver(burst.get(0), "1");
        deliver(burst.get(1), "2");

        JsonNode run = awaitWebhookRun(1);
        assertThat(run.path("counters").path("total").asInt()).isEqualTo(variantsOfChanged);
        assertThat(run.path("counters").path("updated").asInt()).isEqualTo(variantsOfChanged);
        assertThat(LUCA.callCount("GuncelleStkWsSkart.do") - updatesBefore).isEqualTo(variantsOfChanged);
        assertThat(KATANA.stats().requests("/v1/products") - productReadsBefore).as("one targeted page, no full listing").isEqualTo(1);
        assertThat(LUCA.stockCards()).filteredOn(card -> card.kartAdi().startsWith("Yeni İsim Ğüşıöç Ø ")).hasSize(variantsOfChanged);

        long writesBefore = LUCA.callCount("GuncelleStkWsSkart.do") + LUCA.callCount("EkleStkWsSkart.do");
        for (String event : burst) {
            deliver(event, null);
        }
        JsonNode repeat = awaitWebhookRun(2);

        assertThat(repeat.path("counters").path("unchanged").asInt()).isEqualTo(variantsOfChanged);
        assertThat(LUCA.callCount("GuncelleStkWsSkart.do") + LUCA.callCount("EkleStkWsSkart.do")).isEqualTo(writesBefore);
    }

    /** Deleted events follow the deletion policy (the default, REPORT): the cards are kept and reported, nothing is written. */
    @Test
    @Order(2)
    void shouldReportTheCardsOfADeletedProductAndADeletedVariantFromTheirEvents() throws Exception {
        long deletedProduct = CATALOGUE.productIds().get(60);
        long owner = CATALOGUE.productIds().stream().skip(61).filter(id -> CATALOGUE.product(id).orElseThrow().path("variants").size() > 1)
                .findFirst().orElseThrow();
        long deletedVariant = CATALOGUE.product(owner).orElseThrow().path("variants").get(0).path("id").asLong();
        List<Long> removed = new ArrayList<>();
        CATALOGUE.product(deletedProduct).orElseThrow().path("variants").forEach(variant -> removed.add(variant.path("id").asLong()));
        removed.add(deletedVariant);
        CATALOGUE.deleteProduct(deletedProduct);
        CATALOGUE.deleteVariant(deletedVariant);
        int cards = LUCA.stockCardCount();
        long writesBefore = LUCA.callCount("GuncelleStkWsSkart.do") + LUCA.callCount("EkleStkWsSkart.do");

        deliver(event("product", "product.deleted", deletedProduct), null);
        deliver(event("variant", "variant.deleted", deletedVariant), null);
        JsonNode run = awaitWebhookRun(3);

        JsonNode kept = api().getJson("/api/sync/job/" + run.path("jobId").asString() + "/items?outcome=NOT_DELETED&size=100");
        List<Long> reported = new ArrayList<>();
        kept.path("items").forEach(item -> reported.add(item.path("katanaId").asLong()));
        assertThat(reported).containsExactlyInAnyOrderElementsOf(removed);
        kept.path("items").forEach(item -> assertThat(item.path("reason").asString()).contains("deleted in Katana", "is kept"));
        assertThat(LUCA.stockCardCount()).isEqualTo(cards);
        assertThat(LUCA.callCount("GuncelleStkWsSkart.do") + LUCA.callCount("EkleStkWsSkart.do")).isEqualTo(writesBefore);
    }

    /** 200 events for 40 products: each product updated twice, and three events for its variants. */
    private static List<String> burstOfEvents(List<Long> products) {
        List<String> events = new ArrayList<>();
        for (long productId : products) {
            events.add(event("product", "product.updated", productId));
            events.add(event("product", "product.updated", productId));
            JsonNode variants = CATALOGUE.product(productId).orElseThrow().path("variants");
            for (int i = 0; i < 3; i++) {
                events.add(event("variant", "variant.updated", variants.get(i % variants.size()).path("id").asLong()));
            }
        }
        return events;
    }

    private static String event(String resource, String action, long id) {
        return "{\"resource_type\":\"" + resource + "\",\"action\":\"" + action + "\",\"webhook_id\":1,\"object\":{\"id\":" + id
                + ",\"href\":\"https://api.katanamrp.com/v1/" + resource + "s/" + id + "\"}}";
    }

    private void fullSync() throws Exception {
        assertThat(api().runToEnd("{\"syncType\":\"PRODUCT\"}").path("status").asString()).isEqualTo("SUCCESS");
    }

    private JsonNode awaitWebhookRun(int number) {
        String jobId = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(300)).until(
                () -> jdbc.queryForList("SELECT job_id FROM sync_operation_log WHERE triggered_by = 'katana-webhook' ORDER BY id", String.class),
                ids -> ids.size() >= number).get(number - 1);
        JsonNode run = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(300))
                .until(() -> api().getJson("/api/sync/job/" + jobId), job -> job.path("status").asString().equals("SUCCESS"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sync_operation_log WHERE triggered_by = 'katana-webhook'", Integer.class))
                .as("one job per burst").isEqualTo(number);
        return run;
    }

    private HttpResponse<String> deliver(String body, String retryNum) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api().uri("/api/webhooks/katana")).header("Content-Type", "application/json")
                .header("x-sha2-signature", sign(body)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (retryNum != null) {
            request.header("X-Katana-Retry-Num", retryNum);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private ServiceApi api() {
        return new ServiceApi(port);
    }
}
