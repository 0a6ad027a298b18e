package io.katanaluca.sim.katana;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KatanaWebhookDeliveryTests {

    static final List<String> CATALOGUE_EVENTS = List.of("product.created", "product.updated", "product.deleted",
            "material.created", "material.updated", "material.deleted", "variant.created", "variant.updated",
            "variant.deleted");

    private WebhookReceiver receiver;
    private KatanaSimulator katana;
    private KatanaWebhook webhook;
    private long productId;
    private long materialId;

    @BeforeEach
    void start() {
        receiver = WebhookReceiver.start();
        katana = KatanaSimulator.start(KatanaSimulatorConfig.defaults().withHttpWebhooksAllowed(true),
                KatanaCatalogue.generate(3, 2, 7));
        webhook = katana.registerWebhook(receiver.url(), CATALOGUE_EVENTS);
        productId = katana.catalogue().productIds().get(0);
        materialId = katana.catalogue().materialIds().get(0);
    }

    @AfterEach
    void stop() {
        katana.close();
        receiver.close();
    }

    @Test
    void shouldPostTheReferencePayloadSignedWithTheWebhookToken() throws Exception {
        // when
        katana.catalogue().renameProduct(productId, "Çiçekli Fincan Ø8");

        // then
        WebhookReceiver.Received request = receiver.await(1).get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.text()).isEqualTo("{\"resource_type\":\"product\",\"action\":\"product.updated\","
                + "\"webhook_id\":" + webhook.id() + ",\"object\":{\"id\":" + productId + ",\"href\":\""
                + katana.baseUrl() + "/products/" + productId + "\"}}");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("x-sha2-signature")).isEqualTo(hmacSha256Hex(webhook.token(), request.body()));
        assertThat(request.header("X-Katana-Retry-Num")).isNull();
    }

    @Test
    void shouldSendVariantUpdatedWithTheVariantHref() throws Exception {
        // given
        long variantId = katana.catalogue().variantIds().get(0);

        // when
        katana.catalogue().setVariantSalesPrice(variantId, new BigDecimal("99.90"));

        // then
        assertThat(deliveredEvents(1)).containsExactly("variant.updated " + variantId);
        assertThat(receiver.received().get(0).json().path("object").path("href").asString())
                .isEqualTo(katana.baseUrl() + "/variants/" + variantId);
    }

    @Test
    void shouldSendProductCreatedAndVariantCreatedForAnAddedProduct() throws Exception {
        // when
        long added = katana.catalogue().addProduct(Map.of("name", "Kase", "variants",
                List.of(Map.of("sku", "KASE-1"), Map.of("sku", "KASE-2"))));

        // then
        List<Long> variantIds = katana.catalogue().product(added).orElseThrow().path("variants").valueStream()
                .map(v -> v.path("id").asLong()).toList();
        assertThat(deliveredEvents(3)).containsExactlyInAnyOrder("product.created " + added,
                "variant.created " + variantIds.get(0), "variant.created " + variantIds.get(1));
    }

    @Test
    void shouldSendProductDeletedWithoutHref() throws Exception {
        // when
        katana.catalogue().deleteProduct(productId);

        // then
        assertThat(deliveredEvents(1)).containsExactly("product.deleted " + productId);
        assertThat(receiver.received().get(0).json().path("object").has("href")).isFalse();
    }

    @Test
    void shouldSendProductUpdatedWhenAProductIsArchived() throws Exception {
        // when
        katana.catalogue().archiveProduct(productId);

        // then
        assertThat(deliveredEvents(1)).containsExactly("product.updated " + productId);
    }

    @Test
    void shouldSendVariantDeleted() throws Exception {
        // given
        long variantId = katana.catalogue().variantIds().get(0);

        // when
        katana.catalogue().deleteVariant(variantId);

        // then
        assertThat(deliveredEvents(1)).containsExactly("variant.deleted " + variantId);
    }

    @Test
    void shouldSendMaterialEventsForMaterials() throws Exception {
        // when
        long added = katana.catalogue().addMaterial(Map.of("name", "Kil", "variants", List.of(Map.of("sku", "HM-K"))));
        katana.catalogue().renameProduct(materialId, "Sır");
        katana.catalogue().deleteProduct(materialId);

        // then
        long addedVariant = katana.catalogue().product(added).orElseThrow().path("variants").get(0).path("id").asLong();
        assertThat(deliveredEvents(4)).containsExactlyInAnyOrder("material.created " + added,
                "variant.created " + addedVariant, "material.updated " + materialId, "material.deleted " + materialId);
        assertThat(receiver.received()).filteredOn(r -> r.event().startsWith("material.updated"))
                .extracting(r -> r.json().path("resource_type").asString()).containsExactly("material");
    }

    @Test
    void shouldDeliverChangesMadeThroughTheAdminEndpoints() throws Exception {
        // given
        KatanaClient client = new KatanaClient(katana);
        long variantId = katana.catalogue().variantIds().get(0);

        // when
        client.admin("PATCH", "/_sim/products/" + productId, "{\"name\":\"Yeni\"}");
        client.admin("PATCH", "/_sim/variants/" + variantId, "{\"sku\":\"YENI-1\"}");
        client.admin("DELETE", "/_sim/variants/" + variantId, null);

        // then
        assertThat(deliveredEvents(3)).containsExactlyInAnyOrder("product.updated " + productId,
                "variant.updated " + variantId, "variant.deleted " + variantId);
    }

    @Test
    void shouldSendNothingForCustomersWhichHaveNoKatanaEvents() throws Exception {
        // when
        katana.catalogue().addCustomer(Map.of("name", "Ömer Ticaret"));
        katana.catalogue().renameProduct(productId, "Sonra");

        // then
        assertThat(deliveredEvents(1)).containsExactly("product.updated " + productId);
    }

    @Test
    void shouldLogEveryAttempt() throws Exception {
        // when
        katana.catalogue().renameProduct(productId, "Günlük");
        receiver.await(1);

        // then
        assertThat(katana.awaitWebhookDeliveries(Duration.ofSeconds(5))).isTrue();
        KatanaWebhookAttempt attempt = katana.webhookDeliveries().get(0);
        assertThat(attempt.webhookId()).isEqualTo(webhook.id());
        assertThat(attempt.event()).isEqualTo("product.updated");
        assertThat(attempt.objectId()).isEqualTo(productId);
        assertThat(attempt.attempt()).isZero();
        assertThat(attempt.status()).isEqualTo(200);
        assertThat(attempt.error()).isNull();
        assertThat(katana.webhookStats()).isEqualTo(new KatanaWebhookStats(1, 0, 1, 1, 0, 0, 0, 0));
    }

    /** Waits for {@code count} requests and for the simulator to have nothing more under way. */
    private List<String> deliveredEvents(int count) throws InterruptedException {
        receiver.await(count);
        assertThat(katana.awaitWebhookDeliveries(Duration.ofSeconds(5))).isTrue();
        return receiver.received().stream().map(WebhookReceiver.Received::event).toList();
    }

    static String hmacSha256Hex(String token, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
