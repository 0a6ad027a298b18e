package io.katanaluca.sim.katana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class KatanaWebhookApiTests {

    private static final String VALID = """
            {"url":"https://hooks.example.com/katana","subscribed_events":["product.updated","variant.updated"],
             "enabled":true,"description":"Luca sync"}""";

    private KatanaSimulator katana;
    private KatanaClient client;

    @AfterEach
    void stop() {
        katana.close();
    }

    @Test
    void shouldCreateAWebhookWithARandomHexToken() {
        // given
        started(KatanaSimulatorConfig.defaults());
        Instant before = Instant.now().minusSeconds(1);

        // when
        HttpResponse<String> first = client.api("POST", "/webhooks", VALID);
        HttpResponse<String> second = client.api("POST", "/webhooks", VALID);

        // then
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Ratelimit-Limit")).hasValue("60");
        JsonNode webhook = KatanaClient.json(first);
        assertThat(webhook.propertyNames()).containsExactly("id", "url", "token", "enabled", "description",
                "subscribed_events", "created_at", "updated_at");
        assertThat(webhook.path("id").asLong()).isEqualTo(1);
        assertThat(webhook.path("url").asString()).isEqualTo("https://hooks.example.com/katana");
        assertThat(webhook.path("token").asString()).matches("[0-9a-f]{16}");
        assertThat(webhook.path("subscribed_events").toString()).isEqualTo("[\"product.updated\",\"variant.updated\"]");
        assertThat(webhook.path("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(Instant.parse(webhook.path("created_at").asString())).isAfter(before);
        assertThat(KatanaClient.json(second).path("token").asString()).isNotEqualTo(webhook.path("token").asString());
        assertThat(katana.webhooks()).extracting(KatanaWebhook::token)
                .containsExactly(webhook.path("token").asString(), KatanaClient.json(second).path("token").asString());
    }

    @Test
    void shouldEnableByDefaultAndLeaveTheDescriptionNull() {
        // given
        started(KatanaSimulatorConfig.defaults());

        // when
        JsonNode webhook = KatanaClient.json(client.api("POST", "/webhooks",
                "{\"url\":\"https://x.example/h\",\"subscribed_events\":[\"material.deleted\"]}"));

        // then
        assertThat(webhook.path("enabled").asBoolean()).isTrue();
        assertThat(webhook.path("description").isNull()).isTrue();
    }

    @Test
    void shouldRejectAPlainHttpUrlUnlessTheConfigAllowsIt() {
        // given
        started(KatanaSimulatorConfig.defaults());
        String body = "{\"url\":\"http://127.0.0.1:9/h\",\"subscribed_events\":[\"product.updated\"]}";

        // when
        HttpResponse<String> refused = client.api("POST", "/webhooks", body);
        katana.close();
        started(KatanaSimulatorConfig.defaults().withHttpWebhooksAllowed(true));
        HttpResponse<String> allowed = client.api("POST", "/webhooks", body);

        // then
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode error = KatanaClient.json(refused);
        assertThat(error.path("name").asString()).isEqualTo("UnprocessableEntityError");
        assertThat(error.path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(error.path("message").asString())
                .isEqualTo("The request body is invalid. See error object `details` property for more info.");
        assertThat(error.path("details").toString()).isEqualTo("[{\"path\":\".url\",\"code\":\"pattern\","
                + "\"message\":\"should match pattern \\\"https://*\\\"\",\"info\":{\"pattern\":\"https://*\"}}]");
        assertThat(allowed.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRejectUnknownEventNames() {
        // given
        started(KatanaSimulatorConfig.defaults());

        // when
        HttpResponse<String> response = client.api("POST", "/webhooks",
                "{\"url\":\"https://x.example/h\",\"subscribed_events\":[\"product.updated\",\"customer.created\"]}");

        // then
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode detail = KatanaClient.json(response).path("details").get(0);
        assertThat(detail.path("path").asString()).isEqualTo(".subscribed_events[1]");
        assertThat(detail.path("code").asString()).isEqualTo("enum");
        assertThat(detail.path("info").path("allowedValues")).hasSize(62);
        assertThat(katana.webhooks()).isEmpty();
    }

    @Test
    void shouldRequireSubscribedEventsAndUrlOnCreateAndRejectOtherFields() {
        // given
        started(KatanaSimulatorConfig.defaults());

        // when
        HttpResponse<String> response = client.api("POST", "/webhooks", "{\"enabled\":\"yes\",\"secret\":\"s\"}");

        // then
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(KatanaClient.json(response).path("details").valueStream()
                .map(d -> d.path("path").asString() + " " + d.path("code").asString()))
                .containsExactly(".secret additionalProperties", ".url required", ".subscribed_events required",
                        ".enabled type");
    }

    @Test
    void shouldAnswer400ToABodyThatIsNotJson() {
        // given
        started(KatanaSimulatorConfig.defaults());

        // when
        HttpResponse<String> response = client.api("POST", "/webhooks", "url=https://x.example");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(KatanaClient.json(response).path("name").asString()).isEqualTo("BadRequestError");
    }

    @Test
    void shouldListNewestFirstWithPaginationAndFilters() {
        // given
        started(KatanaSimulatorConfig.defaults());
        client.api("POST", "/webhooks", VALID);
        client.api("POST", "/webhooks", VALID.replace("\"enabled\":true", "\"enabled\":false"));
        client.api("POST", "/webhooks", VALID.replace("hooks.example.com", "other.example.com"));

        // when
        HttpResponse<String> all = client.get("/webhooks?limit=2");
        JsonNode disabled = client.getJson("/webhooks?enabled=false");
        JsonNode byUrl = client.getJson("/webhooks?url=https://other.example.com/katana");
        JsonNode byIds = client.getJson("/webhooks?ids=1,2");

        // then
        assertThat(KatanaClient.json(all).path("data").valueStream().map(w -> w.path("id").asLong()))
                .containsExactly(3L, 2L);
        assertThat(KatanaClient.pagination(all).path("total_records").asString()).isEqualTo("3");
        assertThat(KatanaClient.pagination(all).path("total_pages").asString()).isEqualTo("2");
        assertThat(disabled.path("data").valueStream().map(w -> w.path("id").asLong())).containsExactly(2L);
        assertThat(byUrl.path("data").valueStream().map(w -> w.path("id").asLong())).containsExactly(3L);
        assertThat(byIds.path("data").valueStream().map(w -> w.path("id").asLong())).containsExactly(2L, 1L);
    }

    @Test
    void shouldGetPatchPartiallyAndDelete() {
        // given
        started(KatanaSimulatorConfig.defaults());
        JsonNode created = KatanaClient.json(client.api("POST", "/webhooks", VALID));

        // when
        HttpResponse<String> patched = client.api("PATCH", "/webhooks/1", "{\"enabled\":false}");
        JsonNode fetched = client.getJson("/webhooks/1");
        HttpResponse<String> deleted = client.api("DELETE", "/webhooks/1", null);

        // then
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(fetched.path("enabled").asBoolean()).isFalse();
        assertThat(fetched.path("url")).isEqualTo(created.path("url"));
        assertThat(fetched.path("token")).isEqualTo(created.path("token"));
        assertThat(fetched.path("subscribed_events")).isEqualTo(created.path("subscribed_events"));
        assertThat(fetched.path("description")).isEqualTo(created.path("description"));
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(client.get("/webhooks/1").statusCode()).isEqualTo(404);
        assertThat(katana.webhooks()).isEmpty();
    }

    @Test
    void shouldValidatePatchesButRequireNothing() {
        // given
        started(KatanaSimulatorConfig.defaults());
        client.api("POST", "/webhooks", VALID);

        // when
        HttpResponse<String> bad = client.api("PATCH", "/webhooks/1", "{\"url\":\"ftp://x\"}");
        HttpResponse<String> empty = client.api("PATCH", "/webhooks/1", "{}");
        HttpResponse<String> unknown = client.api("PATCH", "/webhooks/99", "{}");

        // then
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldNeedTheApiKeyAndCountTheRequests() {
        // given
        started(KatanaSimulatorConfig.defaults());

        // when
        HttpResponse<String> anonymous = client.get("/webhooks", null);
        client.get("/webhooks/5");

        // then
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(katana.stats().requests("/v1/webhooks")).isEqualTo(1);
        assertThat(katana.stats().requests("/v1/webhooks/{id}")).isEqualTo(1);
    }

    @Test
    void shouldRegisterThroughTheJavaApiWithTheSameValidation() {
        // given
        started(KatanaSimulatorConfig.defaults());

        // when
        KatanaWebhook webhook = katana.registerWebhook("https://x.example/h", List.of("variant.deleted"));

        // then
        assertThat(webhook.enabled()).isTrue();
        assertThat(client.getJson("/webhooks/" + webhook.id()).path("token").asString()).isEqualTo(webhook.token());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> katana.registerWebhook("http://x.example/h", List.of("variant.deleted")))
                .withMessageContaining(".url should match pattern");
    }

    private void started(KatanaSimulatorConfig config) {
        katana = KatanaSimulator.start(config);
        client = new KatanaClient(katana);
    }
}
