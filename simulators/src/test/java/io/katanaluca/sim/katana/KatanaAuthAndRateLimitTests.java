package io.katanaluca.sim.katana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class KatanaAuthAndRateLimitTests {

    private KatanaSimulator katana;

    @AfterEach
    void stop() {
        if (katana != null) {
            katana.close();
        }
    }

    @Test
    void shouldAnswer401WithKatanaBodyForMissingOrWrongKey() {
        // given
        KatanaClient client = started(KatanaSimulatorConfig.defaults());

        // when
        HttpResponse<String> missing = client.get("/products", null);
        HttpResponse<String> wrong = client.get("/products", "not-the-key");

        // then
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(missing.body()).isEqualTo("{\"statusCode\":401,\"name\":\"UnauthorizedError\",\"message\":\"Unauthorized\"}");
        assertThat(katana.stats().unauthorized()).isEqualTo(2);
    }

    @Test
    void shouldReportQuotaOnEveryAuthenticatedResponse() {
        // given
        KatanaClient client = started(KatanaSimulatorConfig.defaults().withRateLimit(3, Duration.ofSeconds(10)));
        long before = System.currentTimeMillis();

        // when
        HttpResponse<String> first = client.get("/products");
        HttpResponse<String> second = client.get("/nothing-here");

        // then
        assertThat(first.headers().firstValue("X-Ratelimit-Limit")).hasValue("3");
        assertThat(first.headers().firstValue("X-Ratelimit-Remaining")).hasValue("2");
        assertThat(second.statusCode()).isEqualTo(404);
        assertThat(second.headers().firstValue("X-Ratelimit-Remaining")).hasValue("1");
        long reset = Long.parseLong(first.headers().firstValue("X-Ratelimit-Reset").orElseThrow());
        assertThat(reset).isBetween(before + 9_000, System.currentTimeMillis() + 10_000);
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceTheWindowIsUsedUp() {
        // given
        KatanaClient client = started(KatanaSimulatorConfig.defaults().withRateLimit(3, Duration.ofSeconds(10)));
        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/products").statusCode()).isEqualTo(200);
        }

        // when
        HttpResponse<String> refused = client.get("/products");

        // then
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body())
                .isEqualTo("{\"statusCode\":429,\"name\":\"TooManyRequests\",\"message\":\"Too Many Requests\"}");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 10L);
        assertThat(refused.headers().firstValue("X-Ratelimit-Remaining")).hasValue("0");
        assertThat(katana.stats().tooManyRequests()).isEqualTo(1);
        assertThat(katana.stats().requests("/v1/products")).isEqualTo(4);
    }

    @Test
    void shouldAnswerBurstsOf429WhateverTheQuotaWithoutUsingIt() {
        // given
        KatanaClient client = started(KatanaSimulatorConfig.defaults().withRateLimit(100, Duration.ofMinutes(1))
                .withTooManyRequestsBursts(4, 2));

        // when
        List<HttpResponse<String>> replies = IntStream.range(0, 9).mapToObj(i -> client.get("/products")).toList();

        // then
        assertThat(replies).extracting(HttpResponse::statusCode).containsExactly(200, 200, 429, 429, 200, 200, 429, 429, 200);
        HttpResponse<String> refused = replies.get(2);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("X-Ratelimit-Remaining")).hasValue("0");
        assertThat(replies.get(8).headers().firstValue("X-Ratelimit-Remaining")).as("bursts used no quota").hasValue("95");
        assertThat(katana.stats().tooManyRequests()).isEqualTo(4);
    }

    @Test
    void shouldRefuseBurstsThatLeaveNoRequestThrough() {
        // then
        assertThatThrownBy(() -> KatanaSimulatorConfig.defaults().withTooManyRequestsBursts(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KatanaSimulatorConfig.defaults().withTooManyRequestsBursts(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldGiveAFreshWindowAfterResetRateLimit() {
        // given
        KatanaClient client = started(KatanaSimulatorConfig.defaults().withRateLimit(1, Duration.ofMinutes(1)));
        client.get("/products");

        // when
        katana.resetRateLimit();

        // then
        assertThat(client.get("/products").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldInjectServerErrorsByRateAndOnDemand() {
        // given
        katana = KatanaSimulator.start(KatanaSimulatorConfig.defaults().withFailureRate5xx(1.0));
        KatanaClient alwaysFailing = new KatanaClient(katana);

        // when
        HttpResponse<String> failed = alwaysFailing.get("/products");

        // then
        assertThat(failed.statusCode()).isEqualTo(500);
        JsonNode body = KatanaClient.json(failed);
        assertThat(body.path("name").asString()).isEqualTo("InternalServerError");
        assertThat(katana.stats().injectedFailures()).isEqualTo(1);
    }

    @Test
    void shouldFailExactlyTheRequestedNumberOfRequests() {
        // given
        KatanaClient client = started(KatanaSimulatorConfig.defaults());
        katana.failNextRequests(2);

        // when
        int first = client.get("/products").statusCode();
        int second = client.get("/products").statusCode();
        int third = client.get("/products").statusCode();

        // then
        assertThat(new int[] {first, second, third}).containsExactly(500, 500, 200);
    }

    @Test
    void shouldAnswerUnknownPathsWith404() {
        // given
        KatanaClient client = started(KatanaSimulatorConfig.defaults());

        // when
        HttpResponse<String> response = client.get("/purchase_orders");

        // then
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"statusCode\":404,\"name\":\"NotFoundError\",\"message\":\"Not found\"}");
    }

    @Test
    void shouldDelayResponsesByTheConfiguredLatency() {
        // given
        KatanaClient client = started(KatanaSimulatorConfig.defaults().withLatency(Duration.ofMillis(150)));
        long start = System.nanoTime();

        // when
        client.get("/products");

        // then
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    private KatanaClient started(KatanaSimulatorConfig config) {
        katana = KatanaSimulator.start(config, KatanaCatalogue.generate(10, 1));
        return new KatanaClient(katana);
    }
}
