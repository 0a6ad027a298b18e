package io.katanaluca.sim.katana;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class KatanaAdminTests {

    private KatanaSimulator katana;
    private KatanaClient client;

    @BeforeEach
    void start() {
        katana = KatanaSimulator.start(KatanaSimulatorConfig.defaults().withRateLimit(1, Duration.ofMinutes(1)),
                KatanaCatalogue.generate(20, 11));
        client = new KatanaClient(katana);
    }

    @AfterEach
    void stop() {
        katana.close();
    }

    @Test
    void shouldReportStatsWithoutCountingOrThrottlingAdminCalls() {
        // given
        client.get("/products");
        client.get("/products");

        // when
        JsonNode stats = KatanaClient.json(client.admin("GET", "/_sim/stats", null));
        JsonNode again = KatanaClient.json(client.admin("GET", "/_sim/stats", null));

        // then
        assertThat(stats.path("totalRequests").asLong()).isEqualTo(2);
        assertThat(stats.path("tooManyRequests").asLong()).isEqualTo(1);
        assertThat(stats.path("requestsByPath").path("/v1/products").asLong()).isEqualTo(2);
        assertThat(again).isEqualTo(stats);
    }

    @Test
    void shouldResetStats() {
        // given
        client.get("/products");

        // when
        HttpResponse<String> response = client.admin("POST", "/_sim/reset-stats", null);

        // then
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(katana.stats().totalRequests()).isZero();
    }

    @Test
    void shouldSummariseTheCatalogue() {
        // when
        JsonNode summary = KatanaClient.json(client.admin("GET", "/_sim/catalogue/summary", null));

        // then
        assertThat(summary.path("products").asInt()).isEqualTo(20);
        assertThat(summary.path("variants").asInt()).isEqualTo(katana.catalogue().variantCount());
        assertThat(summary.path("customers").asInt()).isEqualTo(4);
    }

    @Test
    void shouldPatchAVariantAndBumpItsUpdatedAt() {
        // given
        long variantId = katana.catalogue().variantIds().get(0);
        Instant before = Instant.now().minusMillis(1);

        // when
        HttpResponse<String> response = client.admin("PATCH", "/_sim/variants/" + variantId,
                "{\"sales_price\": 12.5, \"sku\": \"X-Ø12×½\"}");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode variant = katana.catalogue().variant(variantId).orElseThrow();
        assertThat(variant.path("sku").asString()).isEqualTo("X-Ø12×½");
        assertThat(variant.path("sales_price").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(Instant.parse(variant.path("updated_at").asString())).isAfterOrEqualTo(before);
    }

    @Test
    void shouldPatchAProductName() {
        // given
        long productId = katana.catalogue().productIds().get(0);

        // when
        client.admin("PATCH", "/_sim/products/" + productId, "{\"name\": \"Işıl Işıl Çaydanlık\"}");

        // then
        assertThat(katana.catalogue().product(productId).orElseThrow().path("name").asString())
                .isEqualTo("Işıl Işıl Çaydanlık");
    }

    @Test
    void shouldPatchACustomerAndBumpItsUpdatedAt() {
        // given
        long customerId = katana.catalogue().customerIds().get(0);
        String before = katana.catalogue().customer(customerId).orElseThrow().path("updated_at").asString();

        // when
        JsonNode patched = KatanaClient.json(client.admin("PATCH", "/_sim/customers/" + customerId,
                "{\"comment\": \"VKN: 1234567890\", \"reference_id\": \"CARİ-1\"}"));

        // then
        assertThat(patched.path("comment").asString()).isEqualTo("VKN: 1234567890");
        JsonNode customer = katana.catalogue().customer(customerId).orElseThrow();
        assertThat(customer.path("reference_id").asString()).isEqualTo("CARİ-1");
        assertThat(customer.path("updated_at").asString()).isNotEqualTo(before);
    }

    @Test
    void shouldAnswer404ForUnknownIdsAnd422ForBadBodies() {
        // given
        long productId = katana.catalogue().productIds().get(0);

        // when
        HttpResponse<String> unknown = client.admin("PATCH", "/_sim/variants/1", "{\"sku\":\"A\"}");
        HttpResponse<String> fixed = client.admin("PATCH", "/_sim/products/" + productId, "{\"id\":5}");
        HttpResponse<String> notJson = client.admin("PATCH", "/_sim/products/" + productId, "name=x");

        // then
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(fixed.statusCode()).isEqualTo(422);
        assertThat(notJson.statusCode()).isEqualTo(422);
    }

    @Test
    void shouldAddAndSoftDeleteProducts() {
        // when
        JsonNode added = KatanaClient.json(client.admin("POST", "/_sim/products",
                "{\"name\":\"Ördek Figürü\",\"variants\":[{\"sku\":\"ORD-1\"}]}"));
        long id = added.path("id").asLong();
        HttpResponse<String> deleted = client.admin("DELETE", "/_sim/products/" + id, null);

        // then
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(katana.catalogue().product(id).orElseThrow().path("deleted_at").isString()).isTrue();
        assertThat(katana.catalogue().productIds()).doesNotContain(id);
    }

    @Test
    void shouldSoftDeleteACustomer() {
        // given
        long id = katana.catalogue().customerIds().get(0);

        // when
        HttpResponse<String> deleted = client.admin("DELETE", "/_sim/customers/" + id, null);

        // then
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(katana.catalogue().customer(id).orElseThrow().path("deleted_at").isString()).isTrue();
        assertThat(katana.catalogue().customerIds()).doesNotContain(id);
    }
}
