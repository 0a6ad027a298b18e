package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sim.luca.StoredCustomer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Customer sync end to end through the HTTP API against both simulators: 520 generated customers
 * (companies with a VKN in the comment, persons with a TCKN, some with a reference_id, three with
 * an invalid tax number) become exactly one Luca account each; a second run writes nothing; a
 * customer changed in Katana is reported with the differing fields, not written; after the three
 * tax numbers are fixed, retry-failed creates exactly those three.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:customer-sync-e2e;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=e2e-secret",
        "jobrunr.dashboard.enabled=false",
        "sync.retry.luca.initial-backoff=10ms",
        "sync.retry.katana.initial-backoff=10ms"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CustomerSyncIntegrationTests {

    private static final int CUSTOMERS = 520;
    private static final KatanaCatalogue CATALOGUE = customersWithTaxNumbers();
    private static final List<Long> BAD_TAX_NUMBERS = CATALOGUE.customerIds().subList(100, 103);
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
        api = new SyncApi(port, "admin", "e2e-secret");
    }

    @AfterAll
    static void stopSimulators() {
        KATANA.close();
        LUCA.close();
    }

    @Test
    @Order(1)
    void shouldCreateOneAccountPerCustomerThenWriteNothingThenReportAChange() {
        int valid = CUSTOMERS - BAD_TAX_NUMBERS.size();

        JsonNode first = api.runToEnd("{\"syncType\":\"CUSTOMER\"}");

        assertThat(first.path("status").asString()).isEqualTo("PARTIAL");
        assertThat(first.path("counters").path("created").asInt()).isEqualTo(valid);
        assertThat(first.path("counters").path("failed").asInt()).isEqualTo(BAD_TAX_NUMBERS.size());
        assertThat(LUCA.customerCount()).isEqualTo(valid);
        assertThat(LUCA.callCount("EkleFinMusteriWS.do")).isEqualTo(valid);
        assertEveryValidCustomerHasItsMappedAccount();
        assertThat(api.items(first.path("jobId").asString(), "outcome=FAILED"))
                .extracting(item -> item.path("katanaId").asLong()).containsExactlyInAnyOrderElementsOf(BAD_TAX_NUMBERS);

        JsonNode second = api.runToEnd("{\"syncType\":\"CUSTOMER\"}");

        assertThat(LUCA.callCount("EkleFinMusteriWS.do")).isEqualTo(valid);
        assertThat(second.path("counters").path("unchanged").asInt()).isEqualTo(valid);
        assertThat(second.path("counters").path("created").asInt()).isZero();

        long changed = CATALOGUE.customerIds().get(7);
        String before = LUCA.customerByCode(codeOf(changed)).orElseThrow().tanim();
        CATALOGUE.updateCustomer(changed, Map.of("company", "Yeni Ünvan Çağ A.Ş.", "email", "yeni@ornek.com.tr"));
        JsonNode third = api.runToEnd("{\"syncType\":\"CUSTOMER\"}");

        assertThat(LUCA.callCount("EkleFinMusteriWS.do")).isEqualTo(valid);
        assertThat(third.path("outcomes").path("NOT_UPDATED").asInt()).isEqualTo(1);
        assertThat(third.path("counters").path("unchanged").asInt()).isEqualTo(valid - 1);
        JsonNode report = api.items(third.path("jobId").asString(), "outcome=NOT_UPDATED").get(0);
        assertThat(report.path("katanaId").asLong()).isEqualTo(changed);
        assertThat(report.path("action").asString()).isEqualTo("CHANGED");
        assertThat(report.path("reason").asString()).contains("Changed in Katana; Luca account not updated", "tanim", "yasalUnvan", "email");
        assertThat(LUCA.customerByCode(codeOf(changed)).orElseThrow().tanim()).isEqualTo(before);
        assertThat(LUCA.customerCount()).isEqualTo(valid);
    }

    @Test
    @Order(2)
    void shouldRetryOnlyTheFailedCustomersOnceTheirTaxNumbersAreFixed() {
        String failedJob = api.runToEnd("{\"syncType\":\"CUSTOMER\"}").path("jobId").asString();
        BAD_TAX_NUMBERS.forEach(id -> CATALOGUE.updateCustomer(id, Map.of("comment", "VKN: 4444444444")));
        long createsBefore = LUCA.callCount("EkleFinMusteriWS.do");

        JsonNode retry = api.awaitEnd(api.start("/api/sync/job/" + failedJob + "/retry-failed", ""));

        assertThat(retry.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(retry.path("counters").path("total").asInt()).isEqualTo(BAD_TAX_NUMBERS.size());
        assertThat(retry.path("counters").path("created").asInt()).isEqualTo(BAD_TAX_NUMBERS.size());
        assertThat(api.items(retry.path("jobId").asString(), "")).extracting(item -> item.path("katanaId").asLong())
                .containsExactlyInAnyOrderElementsOf(BAD_TAX_NUMBERS);
        assertThat(LUCA.callCount("EkleFinMusteriWS.do") - createsBefore).isEqualTo(BAD_TAX_NUMBERS.size());
        assertThat(BAD_TAX_NUMBERS).allSatisfy(id ->
                assertThat(LUCA.customerByCode(codeOf(id)).orElseThrow().field("vergiNo").asString()).isEqualTo("4444444444"));
    }

    /**
     * Luca going away in the middle of a customer run stops the run as it stops a product run: at
     * once, FAILED with the reason, the accounts written recorded, the rest PENDING for retry-failed
     * (not failed one by one on the open circuit).
     */
    @Test
    @Order(3)
    void shouldStopAtOnceWhenLucaCannotBeReachedAndLeaveTheAccountsNotWrittenPending() {
        int before = LUCA.customerCount();
        for (int i = 0; i < 300; i++) {
            CATALOGUE.addCustomer(person(i));
        }
        LUCA.faults().setLatency(Duration.ofMillis(40));
        String jobId = api.start("/api/sync/start", "{\"syncType\":\"CUSTOMER\"}");
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(5)).until(() -> LUCA.customerCount() >= before + 20);
        LUCA.goOffline();
        JsonNode stopped = api.awaitEnd(jobId);
        List<JsonNode> items = api.items(jobId, "");
        LUCA.faults().restoreDefaults();
        LUCA.goOnline();

        assertThat(stopped.path("status").asString()).isEqualTo("FAILED");
        assertThat(stopped.path("errorMessage").asString()).startsWith("The run stopped: ")
                .contains("Luca could not be reached at " + LUCA.baseUrl());
        assertThat(items).filteredOn(item -> item.path("outcome").asString().equals("PENDING")).as("accounts never tried").isNotEmpty()
                .allSatisfy(item -> assertThat(item.path("reason").asString()).contains("Not written", "The run stopped: "));
        assertThat(items).filteredOn(item -> item.path("outcome").asString().equals("FAILED"))
                .noneSatisfy(item -> assertThat(item.path("reason").asString()).contains("are paused"));
        assertThat(items).filteredOn(item -> item.path("outcome").asString().equals("CREATED"))
                .allSatisfy(item -> assertThat(LUCA.customerByCode(item.path("cardCode").asString())).isPresent());
    }

    private static Map<String, Object> person(int i) {
        return Map.of("name", "Ayşe Yıldız " + i, "first_name", "Ayşe", "last_name", "Yıldız " + i, "email", "ayse" + i + "@ornek.com.tr",
                "currency", "TRY", "comment", "TCKN 10000000146", "addresses", List.of(Map.of("entity_type", "billing", "default", true,
                        "line_1", "Bağdat Cad. " + i, "city", "İstanbul", "state", "Kadıköy")));
    }

    private void assertEveryValidCustomerHasItsMappedAccount() {
        Map<String, StoredCustomer> accounts = LUCA.customers().stream().collect(Collectors.toMap(StoredCustomer::kartKod, a -> a));
        Set<Long> invalid = Set.copyOf(BAD_TAX_NUMBERS);
        for (long id : CATALOGUE.customerIds()) {
            if (invalid.contains(id)) {
                assertThat(accounts).doesNotContainKey(codeOf(id));
                continue;
            }
            JsonNode customer = CATALOGUE.customer(id).orElseThrow();
            StoredCustomer account = accounts.get(codeOf(id));
            assertThat(account).as("account of customer %d", id).isNotNull();
            boolean company = !customer.path("company").asString("").isBlank();
            String name = company ? customer.path("company").asString() : customer.path("name").asString();
            assertThat(account.tanim().getBytes(StandardCharsets.UTF_8)).isEqualTo(name.getBytes(StandardCharsets.UTF_8));
            assertThat(account.field("tip").asInt()).isEqualTo(company ? 1 : 2);
            assertThat(account.field(company ? "vergiNo" : "tcKimlikNo").asString()).isEqualTo(taxNumberOf(id, company));
            assertThat(account.field("paraBirimKod").asString()).isEqualTo(customer.path("currency").asString());
            JsonNode billing = customer.path("addresses").get(0);
            assertThat(account.field("adresTipId").asInt()).isEqualTo(9);
            assertThat(account.field("il").asString()).isEqualTo(billing.path("city").asString());
            assertThat(account.field("ilce").asString()).isEqualTo(billing.path("state").asString());
            assertThat(account.field("iletisimTipId").asInt()).isEqualTo(5);
            assertThat(account.field("iletisimTanim").asString()).isEqualTo(customer.path("email").asString());
            if (!company) {
                assertThat(account.field("ad").asString()).isEqualTo(customer.path("first_name").asString());
                assertThat(account.field("soyad").asString()).isEqualTo(customer.path("last_name").asString());
            }
        }
    }

    /** Every tenth customer has a reference_id, which becomes its account code. */
    private static String codeOf(long customerId) {
        String reference = CATALOGUE.customer(customerId).orElseThrow().path("reference_id").asString("");
        return reference.isBlank() ? "KTN-" + customerId : reference;
    }

    private static KatanaCatalogue customersWithTaxNumbers() {
        KatanaCatalogue catalogue = KatanaCatalogue.generateCustomers(CUSTOMERS, 3);
        List<Long> ids = catalogue.customerIds();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            boolean company = !catalogue.customer(id).orElseThrow().path("company").asString("").isBlank();
            String comment = (company ? "Vergi No: " : "TCKN ") + taxNumberOf(id, company) + "; ödeme 30 gün";
            catalogue.updateCustomer(id, i % 10 == 0 ? Map.of("comment", comment, "reference_id", "CARİ-" + i) : Map.of("comment", comment));
        }
        ids.subList(100, 103).forEach(id -> catalogue.updateCustomer(id, Map.of("comment", "VKN: 12345")));
        return catalogue;
    }

    /** A VKN made from the id for companies, one valid TCKN for persons. */
    private static String taxNumberOf(long customerId, boolean company) {
        return company ? String.format("%010d", customerId) : "10000000146";
    }
}
