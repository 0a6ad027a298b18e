package io.katanaluca.sync.katana;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.katanaluca.sync.MutableClock;
import io.katanaluca.sync.system.RetryProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

/** Customers and variant look-ups go through the same paging, rate budget and retry as products. */
class KatanaCustomerReadingTests {

    @RegisterExtension
    static final WireMockExtension katana = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final String CUSTOMER = """
            {"id":%d,"name":"Boğaziçi Tekstil A.Ş.","first_name":"Şule","last_name":"Öztürk","company":"Boğaziçi Tekstil A.Ş.",
             "email":"sule@bogazici.com.tr","phone":"+90 532 111 22 33","comment":"VKN: 1234567890","currency":"TRY",
             "reference_id":null,"category":"Toptan","discount_rate":5,"default_billing_id":401,"default_shipping_id":null,
             "addresses":[{"id":401,"customer_id":%d,"entity_type":"billing","default":true,"first_name":"Şule","last_name":"Öztürk",
             "company":null,"phone":null,"line_1":"İnönü Sok. No:5/3","line_2":"Daire 4","city":"İstanbul","state":"Kadıköy",
             "zip":"34710","country":"TR"}],
             "created_at":"2024-01-15T11:00:00.000Z","updated_at":"2024-03-02T10:10:10.010Z","deleted_at":null}""";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final RecordedWaitsRetry retry = new RecordedWaitsRetry(new RetryProperties.Policy(3, Duration.ofMillis(10), 2.0));
    private final KatanaRateBudget budget = new KatanaRateBudget(60, Duration.ofSeconds(60), clock, new FakeSleeper(clock));

    @Test
    void shouldReadCustomersPageByPageWithTheirAddressesAndTurkishText() {
        // given
        katana.stubFor(get(urlPathEqualTo("/v1/customers")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson(envelope(1, 2)).withHeader("X-Pagination", "{\"total_pages\":\"2\",\"last_page\":\"false\"}")));
        katana.stubFor(get(urlPathEqualTo("/v1/customers")).withQueryParam("page", equalTo("2"))
                .willReturn(okJson(envelope(3)).withHeader("X-Pagination", "{\"total_pages\":\"2\",\"last_page\":\"true\"}")));
        List<KatanaCustomer> read = new ArrayList<>();

        // when
        long count = client().readCustomerPagesWhile(KatanaQuery.allCustomers(), read::addAll);

        // then
        assertThat(count).isEqualTo(3);
        assertThat(read).extracting(KatanaCustomer::id).containsExactly(1L, 2L, 3L);
        KatanaCustomer first = read.get(0);
        assertThat(first.company()).isEqualTo("Boğaziçi Tekstil A.Ş.");
        assertThat(first.comment()).isEqualTo("VKN: 1234567890");
        assertThat(first.defaultBillingId()).isEqualTo(401L);
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2024-03-02T10:10:10.010Z"));
        assertThat(first.addresses()).singleElement().satisfies(address -> {
            assertThat(address.isBilling()).isTrue();
            assertThat(address.isDefault()).isTrue();
            assertThat(address.line1()).isEqualTo("İnönü Sok. No:5/3");
            assertThat(address.line2()).isEqualTo("Daire 4");
            assertThat(address.city()).isEqualTo("İstanbul");
            assertThat(address.state()).isEqualTo("Kadıköy");
        });
    }

    @Test
    void shouldAskForChosenCustomersByIdAndRetryAFailedPage() {
        // given
        katana.stubFor(get(urlPathEqualTo("/v1/customers")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        katana.stubFor(get(urlPathEqualTo("/v1/customers")).inScenario("flaky").whenScenarioStateIs("up").willReturn(okJson(envelope(7))));
        List<KatanaCustomer> read = new ArrayList<>();

        // when
        client().readCustomerPagesWhile(KatanaQuery.allCustomers().withIds(List.of(7L, 9L)), read::addAll);

        // then
        assertThat(read).extracting(KatanaCustomer::id).containsExactly(7L);
        assertThat(retry.waits()).hasSize(1);
        katana.verify(2, getRequestedFor(urlPathEqualTo("/v1/customers")).withQueryParam("ids", havingExactly("7", "9")));
    }

    @Test
    void shouldFindAVariantBySkuEncodingTheSkuAndTellProductFromMaterial() {
        // given
        katana.stubFor(get(urlPathEqualTo("/v1/variants")).withQueryParam("sku", equalTo("ÇB Ø35+1/2 #1")).willReturn(okJson(
                "{\"data\":[{\"id\":11,\"sku\":\"ÇB Ø35+1/2 #1\",\"product_id\":null,\"material_id\":5,\"sales_price\":null}]}")));

        // when
        List<KatanaVariantRef> found = client().findVariantsBySku("ÇB Ø35+1/2 #1");

        // then
        assertThat(found).containsExactly(new KatanaVariantRef(11, "ÇB Ø35+1/2 #1", null, 5L));
        assertThat(found.get(0).isMaterial()).isTrue();
    }

    private KatanaClient client() {
        KatanaProperties properties = new KatanaProperties(katana.baseUrl() + "/v1", "test-key", 2, null, null,
                Duration.ofSeconds(2), Duration.ofSeconds(10));
        return new KatanaClient(KatanaConfiguration.restClient(properties, RestClient.builder()), properties.baseUrl(), budget, retry.retry(), 2,
                clock);
    }

    private static String envelope(long... ids) {
        List<String> customers = new ArrayList<>();
        for (long id : ids) {
            customers.add(CUSTOMER.formatted(id, id));
        }
        return "{\"data\":[" + String.join(",", customers) + "]}";
    }
}
