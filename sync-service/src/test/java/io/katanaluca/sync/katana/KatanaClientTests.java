package io.katanaluca.sync.katana;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.katanaluca.sync.katana.ProductJson.aProduct;
import static io.katanaluca.sync.katana.ProductJson.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.katanaluca.sync.MutableClock;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.system.RetryProperties;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

class KatanaClientTests {

    @RegisterExtension
    static final WireMockExtension katana = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final String PRODUCTS = "/v1/products";

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeSleeper sleeper = new FakeSleeper(clock);
    private final RecordedWaitsRetry retry = new RecordedWaitsRetry(new RetryProperties.Policy(3, Duration.ofMillis(10), 2.0));
    private KatanaRateBudget budget = new KatanaRateBudget(60, Duration.ofSeconds(60), clock, sleeper);
    private final List<KatanaPage> pages = new ArrayList<>();

    @Test
    void shouldReadEveryPageAndEveryVariantWithStringValuedPagination() {
        // given
        stubPage(1, page(aProduct(1).named("Çelik Kalıp – Ağır Hizmet, İğne Şişi")
                        .withVariant(101, "KLP-KRM", "\"1250.0000000000\"", "980.5").withConfigAttribute("Renk", "Kırmızı")
                        .withVariant(102, "KLP-MAV", "40", "null").withConfigAttribute("Renk", "Mavi"),
                aProduct(2).withVariants(3)), pagination(1, 3, false));
        stubPage(2, page(aProduct(3).withVariants(1), aProduct(4).withVariants(2)), pagination(2, 3, false));
        stubPage(3, page(aProduct(5).withVariants(4)), pagination(3, 3, true));

        // when
        long read = client(2).forEachProductPage(KatanaQuery.allProducts(), pages::add);

        // then
        assertThat(read).isEqualTo(5);
        assertThat(pages).extracting(KatanaPage::page).containsExactly(1, 2, 3);
        assertThat(pages).allSatisfy(page -> assertThat(page.totalPages()).isEqualTo(3));
        assertThat(pages).allSatisfy(page -> assertThat(page.totalRecords()).isEqualTo(5));
        assertThat(products()).extracting(KatanaProduct::id).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(products()).flatExtracting(KatanaProduct::variants).hasSize(2 + 3 + 1 + 2 + 4);
        katana.verify(3, getRequestedFor(urlPathEqualTo(PRODUCTS)).withQueryParam("limit", equalTo("2")));
    }

    @Test
    void shouldKeepTurkishTextMoneyAndTimestampsIntact() {
        // given
        stubPage(1, page(aProduct(1).named("Çelik Kalıp – Ağır Hizmet, İğne Şişi")
                .withVariant(101, "KLP-KRM", "\"1250.0000000000\"", "980.5").withConfigAttribute("Renk", "Kırmızı")
                .withVariant(102, "KLP-MAV", "40", "null")), pagination(1, 1, true));

        // when
        client(50).forEachProductPage(KatanaQuery.allProducts(), pages::add);

        // then
        KatanaProduct product = products().get(0);
        assertThat(product.name()).isEqualTo("Çelik Kalıp – Ağır Hizmet, İğne Şişi");
        assertThat(product.updatedAt()).isEqualTo(Instant.parse(ProductJson.UPDATED_AT));
        KatanaVariant fromStrings = product.variants().get(0);
        assertThat(fromStrings.salesPrice()).isEqualTo(new BigDecimal("1250.0000000000"));
        assertThat(fromStrings.purchasePrice()).isEqualTo(new BigDecimal("980.5"));
        assertThat(fromStrings.configAttributes()).containsExactly(new KatanaVariant.ConfigAttribute("Renk", "Kırmızı"));
        KatanaVariant fromNumbers = product.variants().get(1);
        assertThat(fromNumbers.salesPrice()).isEqualTo(new BigDecimal("40"));
        assertThat(fromNumbers.purchasePrice()).isNull();
    }

    @Test
    void shouldStopOnAShortPageWhenKatanaSendsNoPaginationHeader() {
        // given
        stubPage(1, page(aProduct(1), aProduct(2)), null);
        stubPage(2, page(aProduct(3)), null);

        // when
        long read = client(2).forEachProductPage(KatanaQuery.allProducts(), pages::add);

        // then
        assertThat(read).isEqualTo(3);
        assertThat(pages).extracting(KatanaPage::totalPages).containsExactly(KatanaPage.UNKNOWN, KatanaPage.UNKNOWN);
        katana.verify(2, getRequestedFor(urlPathEqualTo(PRODUCTS)));
    }

    @Test
    void shouldStopAtTotalPagesWhenTheHeaderUsesNumbersAndNoLastPageFlag() {
        // given: no page 3 is stubbed, so asking for it would fail the test with a 404
        stubPage(1, page(aProduct(1), aProduct(2)), "{\"total_records\":4,\"total_pages\":2,\"page\":1}");
        stubPage(2, page(aProduct(3), aProduct(4)), "{\"total_records\":4,\"total_pages\":2,\"page\":2}");

        // when
        long read = client(2).forEachProductPage(KatanaQuery.allProducts(), pages::add);

        // then
        assertThat(read).isEqualTo(4);
        katana.verify(2, getRequestedFor(urlPathEqualTo(PRODUCTS)));
    }

    @Test
    void shouldStopReadingWhenTheHandlerHasEnough() {
        // given: three pages, of which the handler wants only the first
        stubPage(1, page(aProduct(1), aProduct(2)), pagination(1, 3, false));
        stubPage(2, page(aProduct(3), aProduct(4)), pagination(2, 3, false));
        stubPage(3, page(aProduct(5)), pagination(3, 3, true));

        // when
        long read = client(2).readPagesWhile(KatanaQuery.allProducts(), page -> !pages.add(page));

        // then
        assertThat(read).isEqualTo(2);
        assertThat(pages).hasSize(1);
        katana.verify(1, getRequestedFor(urlPathEqualTo(PRODUCTS)));
    }

    @Test
    void shouldHandEachPageOverBeforeFetchingTheNext() {
        // given
        stubPage(1, page(aProduct(1), aProduct(2)), pagination(1, 2, false));
        stubPage(2, page(aProduct(3), aProduct(4)), pagination(2, 2, true));
        List<Integer> requestsSeenByHandler = new ArrayList<>();

        // when
        client(2).forEachProductPage(KatanaQuery.allProducts(), page -> requestsSeenByHandler.add(katana.getAllServeEvents().size()));

        // then
        assertThat(requestsSeenByHandler).containsExactly(1, 2);
    }

    @Test
    void shouldNotFetchAgainWhenTheHandlerFails() {
        // given
        stubPage(1, page(aProduct(1), aProduct(2)), pagination(1, 2, false));

        // when / then
        assertThatThrownBy(() -> client(2).forEachProductPage(KatanaQuery.allProducts(), page -> {
            throw new IllegalStateException("cannot store page");
        })).isInstanceOf(IllegalStateException.class);
        katana.verify(1, getRequestedFor(urlPathEqualTo(PRODUCTS)));
    }

    @Test
    void shouldSendTheQueryFiltersToTheResourcesPath() {
        // given
        katana.stubFor(get(urlPathEqualTo("/v1/materials")).willReturn(okJson("{\"data\":[]}")));
        KatanaQuery query = KatanaQuery.allMaterials()
                .updatedSince(Instant.parse("2026-01-02T03:04:05.678Z"))
                .includingArchived()
                .includingDeleted()
                .withIds(List.of(7L, 9L));

        // when
        long read = client(250).forEachProductPage(query, pages::add);

        // then
        assertThat(read).isZero();
        katana.verify(getRequestedFor(urlPathEqualTo("/v1/materials"))
                .withQueryParam("limit", equalTo("250"))
                .withQueryParam("page", equalTo("1"))
                .withQueryParam("updated_at_min", equalTo("2026-01-02T03:04:05.678Z"))
                .withQueryParam("include_archived", equalTo("true"))
                .withQueryParam("include_deleted", equalTo("true"))
                .withQueryParam("ids", havingExactly("7", "9")));
    }

    @Test
    void shouldLeaveOutFiltersThatAreNotSet() {
        // given
        stubPage(1, page(), pagination(1, 1, true));

        // when
        client(50).forEachProductPage(KatanaQuery.allProducts(), pages::add);

        // then
        katana.verify(getRequestedFor(urlPathEqualTo(PRODUCTS))
                .withQueryParam("updated_at_min", absent())
                .withQueryParam("include_archived", absent())
                .withQueryParam("include_deleted", absent())
                .withQueryParam("ids", absent()));
    }

    @Test
    void shouldSendTheApiKeyAsABearerTokenAndAskForJson() {
        // given
        stubPage(1, page(), pagination(1, 1, true));

        // when
        client(50).forEachProductPage(KatanaQuery.allProducts(), pages::add);

        // then
        katana.verify(getRequestedFor(urlPathEqualTo(PRODUCTS))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void shouldWaitOutA429ForRetryAfterAndRetryTheSamePage() {
        // given
        stubPage(1, page(aProduct(1), aProduct(2)), pagination(1, 2, false));
        katana.stubFor(pageRequest(2).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")
                        .withBody("{\"statusCode\":429,\"name\":\"TooManyRequests\",\"message\":\"Too Many Requests\"}"))
                .willSetStateTo("waited"));
        katana.stubFor(pageRequest(2).inScenario("429").whenScenarioStateIs("waited")
                .willReturn(pageResponse(page(aProduct(3)), pagination(2, 2, true))));

        // when
        long read = client(2).forEachProductPage(KatanaQuery.allProducts(), pages::add);

        // then
        assertThat(read).isEqualTo(3);
        assertThat(retry.waits()).containsExactly(Duration.ofSeconds(2));
        katana.verify(1, getRequestedFor(urlPathEqualTo(PRODUCTS)).withQueryParam("page", equalTo("1")));
        katana.verify(2, getRequestedFor(urlPathEqualTo(PRODUCTS)).withQueryParam("page", equalTo("2")));
    }

    @Test
    void shouldRetryAServerErrorAndSucceed() {
        // given
        stubFailingOnce(aResponse().withStatus(500).withBody("{\"statusCode\":500,\"name\":\"InternalServerError\",\"message\":\"Internal Server Error\"}"));

        // when
        long read = client(2).forEachProductPage(KatanaQuery.allProducts(), pages::add);

        // then
        assertThat(read).isEqualTo(1);
        assertThat(retry.waits()).containsExactly(Duration.ofMillis(10));
        katana.verify(2, getRequestedFor(urlPathEqualTo(PRODUCTS)));
    }

    @Test
    void shouldGiveUpWithATransientFailureAfterMaxRetriesPlusOneAttempts() {
        // given
        katana.stubFor(pageRequest(1).willReturn(aResponse().withStatus(503).withBody("{\"message\":\"Service Unavailable\"}")));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> client(2).forEachProductPage(KatanaQuery.allProducts(), pages::add));

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.TRANSIENT);
        assertThat(failure.reason()).isEqualTo("HTTP 503: Service Unavailable");
        assertThat(retry.waits()).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40));
        assertThat(pages).isEmpty();
        katana.verify(4, getRequestedFor(urlPathEqualTo(PRODUCTS)));
    }

    @Test
    void shouldFailPermanentlyOnA401WithoutRetryingOrShowingTheKey() {
        // given
        katana.stubFor(pageRequest(1).willReturn(aResponse().withStatus(401)
                .withBody("{\"statusCode\":401,\"name\":\"UnauthorizedError\",\"message\":\"Unauthorized\"}")));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> client(2).forEachProductPage(KatanaQuery.allProducts(), pages::add));

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
        assertThat(failure.reason()).isEqualTo("Katana rejected the API key (HTTP 401); check katana.api-key / KATANA_API_KEY");
        assertThat(failure.getMessage()).doesNotContain("test-key");
        katana.verify(1, getRequestedFor(urlPathEqualTo(PRODUCTS)));
    }

    @Test
    void shouldFailPermanentlyWithKatanasMessageOnOther4xx() {
        // given
        katana.stubFor(pageRequest(1).willReturn(aResponse().withStatus(404)
                .withBody("{\"statusCode\":404,\"name\":\"NotFoundError\",\"message\":\"Not found\"}")));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> client(2).forEachProductPage(KatanaQuery.allProducts(), pages::add));

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
        assertThat(failure.reason()).isEqualTo("HTTP 404: Not found");
        assertThat(failure.endpoint()).isEqualTo("GET /products page 1");
        katana.verify(1, getRequestedFor(urlPathEqualTo(PRODUCTS)));
    }

    @Test
    void shouldRetryAConnectionReset() {
        // given
        stubFailingOnce(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        // when
        long read = client(2).forEachProductPage(KatanaQuery.allProducts(), pages::add);

        // then
        assertThat(read).isEqualTo(1);
        katana.verify(2, getRequestedFor(urlPathEqualTo(PRODUCTS)));
    }

    @Test
    void shouldSayWhereKatanaCouldNotBeReachedAtOnceWhenNothingListens() throws IOException {
        // given
        String nowhere = "http://127.0.0.1:" + freePort() + "/v1";

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> client(2, nowhere, Duration.ofSeconds(2)).forEachProductPage(KatanaQuery.allProducts(), pages::add));

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.TRANSIENT);
        assertThat(failure.reason()).startsWith("Katana could not be reached at " + nowhere + " (ConnectException");
        assertThat(failure.couldNotConnect()).isTrue();
        assertThat(retry.waits()).as("no backoff for a connection that cannot be made").isEmpty();
    }

    @Test
    void shouldSayKatanaGaveNoReplyWhenEveryConnectionBreaks() {
        // given
        katana.stubFor(pageRequest(1).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> client(2).forEachProductPage(KatanaQuery.allProducts(), pages::add));

        // then
        assertThat(failure.reason()).startsWith("no reply from Katana at " + katana.baseUrl() + "/v1 (");
        assertThat(failure.couldNotConnect()).isFalse();
    }

    @Test
    void shouldRetryAResponseSlowerThanTheReadTimeout() {
        // given
        stubFailingOnce(pageResponse(page(aProduct(1)), pagination(1, 1, true)).withFixedDelay(1_000));

        // when
        long read = client(2, Duration.ofMillis(500)).forEachProductPage(KatanaQuery.allProducts(), pages::add);

        // then
        assertThat(read).isEqualTo(1);
        assertThat(retry.waits()).hasSize(1);
        // WireMock records the slow request only once it has answered it; wait, so it cannot leak into the next test
        await().atMost(Duration.ofSeconds(5)).until(() -> katana.getAllServeEvents().size() == 2);
    }

    @Test
    void shouldFailPermanentlyOnAListItCannotRead() {
        // given
        katana.stubFor(pageRequest(1).willReturn(okJson("{\"data\":{\"id\":1}}")));

        // when
        RemoteCallException failure = catchThrowableOfType(RemoteCallException.class,
                () -> client(2).forEachProductPage(KatanaQuery.allProducts(), pages::add));

        // then
        assertThat(failure.kind()).isEqualTo(RemoteCallException.Kind.PERMANENT);
        assertThat(failure.reason()).startsWith("Katana sent a list we could not read");
        katana.verify(1, getRequestedFor(urlPathEqualTo(PRODUCTS)));
    }

    @Test
    void shouldPauseUntilTheResetWhenKatanaSaysNothingRemains() {
        // given: Reset in epoch seconds, as in Katana's own example
        stubPage(1, page(aProduct(1), aProduct(2)), pagination(1, 2, false), rateLimit(0, NOW.plusSeconds(5).getEpochSecond()));
        stubPage(2, page(aProduct(3)), pagination(2, 2, true));

        // when
        client(2).forEachProductPage(KatanaQuery.allProducts(), pages::add);

        // then
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
        assertThat(budget.waitsMillisTotal()).isEqualTo(5_000);
    }

    @Test
    void shouldTakeRateLimitHeadersFromErrorResponsesToo() {
        // given: Reset in epoch milliseconds, as Katana documents it
        stubFailingOnce(aResponse().withStatus(500).withHeader("X-Ratelimit-Remaining", "0")
                .withHeader("X-Ratelimit-Reset", String.valueOf(NOW.plusSeconds(5).toEpochMilli())));

        // when
        client(2).forEachProductPage(KatanaQuery.allProducts(), pages::add);

        // then
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void shouldSpendTheBudgetOnRetriesToo() {
        // given: room for two requests a minute, one of them lost to a 500
        budget = new KatanaRateBudget(2, Duration.ofSeconds(60), clock, sleeper);
        stubFailingOnce(aResponse().withStatus(500));
        stubPage(2, page(aProduct(3)), pagination(2, 2, true));
        katana.stubFor(pageRequest(1).inScenario("fails once").whenScenarioStateIs("failed")
                .willReturn(pageResponse(page(aProduct(1), aProduct(2)), pagination(1, 2, false))));

        // when
        long read = client(2).forEachProductPage(KatanaQuery.allProducts(), pages::add);

        // then
        assertThat(read).isEqualTo(3);
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void shouldRejectAPageSizeKatanaWouldClamp() {
        assertThatThrownBy(() -> client(251)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("katana.page-size");
    }

    /** A read timeout well above a cold WireMock's first answer on a busy 2-core machine, so only the timeout test times out. */
    private KatanaClient client(int pageSize) {
        return client(pageSize, Duration.ofSeconds(10));
    }

    private KatanaClient client(int pageSize, Duration readTimeout) {
        return client(pageSize, katana.baseUrl() + "/v1", readTimeout);
    }

    private KatanaClient client(int pageSize, String baseUrl, Duration readTimeout) {
        KatanaProperties properties = new KatanaProperties(baseUrl, "test-key", pageSize, null, null, Duration.ofSeconds(2), readTimeout);
        RestClient restClient = KatanaConfiguration.restClient(properties, RestClient.builder());
        return new KatanaClient(restClient, properties.baseUrl(), budget, retry.retry(), pageSize, clock);
    }

    private List<KatanaProduct> products() {
        return pages.stream().flatMap(page -> page.items().stream()).toList();
    }

    /** Page 1 fails once with {@code failure}, then answers with one product as the last page. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void stubFailingOnce(ResponseDefinitionBuilder failure) {
        katana.stubFor(pageRequest(1).inScenario("fails once").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(failure).willSetStateTo("failed"));
        katana.stubFor(pageRequest(1).inScenario("fails once").whenScenarioStateIs("failed")
                .willReturn(pageResponse(page(aProduct(1)), pagination(1, 1, true))));
    }

    private static void stubPage(int page, String body, String pagination, String... headers) {
        ResponseDefinitionBuilder response = pageResponse(body, pagination);
        for (int i = 0; i < headers.length; i += 2) {
            response.withHeader(headers[i], headers[i + 1]);
        }
        katana.stubFor(pageRequest(page).willReturn(response));
    }

    private static MappingBuilder pageRequest(int page) {
        return get(urlPathEqualTo(PRODUCTS)).withQueryParam("page", equalTo(String.valueOf(page)));
    }

    private static ResponseDefinitionBuilder pageResponse(String body, String pagination) {
        ResponseDefinitionBuilder response = okJson(body);
        return pagination == null ? response : response.withHeader("X-Pagination", pagination);
    }

    /** As Katana sends it: every value a string. */
    private static String pagination(int page, int totalPages, boolean last) {
        return """
                {"total_records":"5","total_pages":"%d","offset":"%d","page":"%d","first_page":"%s","last_page":"%s"}"""
                .formatted(totalPages, (page - 1) * 2, page, page == 1, last);
    }

    private static String[] rateLimit(int remaining, long reset) {
        return new String[] {"X-Ratelimit-Limit", "60", "X-Ratelimit-Remaining", String.valueOf(remaining), "X-Ratelimit-Reset", String.valueOf(reset)};
    }
}
