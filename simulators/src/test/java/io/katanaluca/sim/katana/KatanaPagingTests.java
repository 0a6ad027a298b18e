package io.katanaluca.sim.katana;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class KatanaPagingTests {

    private static KatanaSimulator katana;
    private static KatanaClient client;

    @BeforeAll
    static void start() {
        KatanaSimulatorConfig config = KatanaSimulatorConfig.defaults().withRateLimit(10_000, Duration.ofMinutes(1));
        katana = KatanaSimulator.start(config, KatanaCatalogue.generate(120, 7));
        client = new KatanaClient(katana);
    }

    @AfterAll
    static void stop() {
        katana.close();
    }

    @Test
    void shouldWrapListInDataAndDescribePageInStringValuedHeader() {
        // when
        HttpResponse<String> response = client.get("/products?limit=50&page=2");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(KatanaClient.json(response).path("data")).hasSize(50);
        JsonNode pagination = KatanaClient.pagination(response);
        assertThat(pagination.properties()).allSatisfy(field -> assertThat(field.getValue().isString()).isTrue());
        assertThat(pagination.path("total_records").asString()).isEqualTo("120");
        assertThat(pagination.path("total_pages").asString()).isEqualTo("3");
        assertThat(pagination.path("offset").asString()).isEqualTo("50");
        assertThat(pagination.path("page").asString()).isEqualTo("2");
        assertThat(pagination.path("first_page").asString()).isEqualTo("false");
        assertThat(pagination.path("last_page").asString()).isEqualTo("false");
    }

    @Test
    void shouldDefaultToFirstPageOfFifty() {
        // when
        HttpResponse<String> response = client.get("/products");

        // then
        assertThat(KatanaClient.json(response).path("data")).hasSize(50);
        assertThat(KatanaClient.pagination(response).path("first_page").asString()).isEqualTo("true");
    }

    @Test
    void shouldClampLimitAbove250Silently() {
        // given
        int variants = katana.catalogue().variantCount();

        // when
        HttpResponse<String> response = client.get("/variants?limit=1000");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(KatanaClient.json(response).path("data")).hasSize(250);
        assertThat(KatanaClient.pagination(response).path("total_pages").asString())
                .isEqualTo(String.valueOf((variants + 249) / 250));
    }

    @Test
    void shouldRejectNonNumericOrNonPositiveLimitWithKatanaError() {
        // when
        HttpResponse<String> text = client.get("/products?limit=abc");
        HttpResponse<String> zero = client.get("/products?limit=0");
        HttpResponse<String> badPage = client.get("/products?page=-1");

        // then
        assertThat(List.of(text.statusCode(), zero.statusCode(), badPage.statusCode())).containsOnly(400);
        JsonNode body = KatanaClient.json(text);
        assertThat(body.path("statusCode").asInt()).isEqualTo(400);
        assertThat(body.path("name").asString()).isEqualTo("BadRequestError");
        assertThat(body.path("details").get(0).path("path").asString()).isEqualTo(".limit");
    }

    @Test
    void shouldPageThroughAllVariantsNewestFirstWithoutGapsOrRepeats() {
        // given
        List<JsonNode> seen = new ArrayList<>();

        // when
        for (int page = 1; ; page++) {
            HttpResponse<String> response = client.get("/variants?limit=37&page=" + page);
            KatanaClient.json(response).path("data").forEach(seen::add);
            if (KatanaClient.pagination(response).path("last_page").asString().equals("true")) {
                break;
            }
        }

        // then
        List<Long> ids = seen.stream().map(v -> v.path("id").asLong()).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(katana.catalogue().variantCount());
        List<Instant> created = seen.stream().map(v -> Instant.parse(v.path("created_at").asString())).toList();
        assertThat(created).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void shouldAnswerPageBeyondTheEndWithEmptyData() {
        // when
        HttpResponse<String> response = client.get("/products?page=99");

        // then
        assertThat(KatanaClient.json(response).path("data")).isEmpty();
        assertThat(KatanaClient.pagination(response).path("offset").asString()).isEqualTo("4900");
        assertThat(KatanaClient.pagination(response).path("last_page").asString()).isEqualTo("true");
    }

    @Test
    void shouldServeSingleProductByIdButNotCustomers() {
        // given
        long productId = katana.catalogue().productIds().get(0);
        long customerId = katana.catalogue().customerIds().get(0);

        // when
        HttpResponse<String> product = client.get("/products/" + productId);
        HttpResponse<String> customer = client.get("/customers/" + customerId);

        // then
        assertThat(KatanaClient.json(product).path("id").asLong()).isEqualTo(productId);
        assertThat(customer.statusCode()).isEqualTo(404);
        assertThat(client.getJson("/customers?ids=" + customerId).path("data")).hasSize(1);
    }
}
