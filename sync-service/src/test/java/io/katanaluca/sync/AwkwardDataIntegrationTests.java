package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import io.katanaluca.sim.luca.StoredCustomer;
import io.katanaluca.sim.luca.StoredStockCard;
import io.katanaluca.sync.AwkwardCatalogue.Expected;
import io.katanaluca.sync.run.JdbcSyncRunRepository;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The awkward-data fixture ({@link AwkwardCatalogue}) end to end through the HTTP API with sync
 * type ALL: a dry run writes nothing and plans every record as documented; the real run gives
 * every record exactly its documented outcome, does what the dry run planned, and logs one run per
 * type in order; Turkish text and Ø arrive in Luca byte for byte; retry-failed reprocesses exactly
 * the failed records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:awkward-e2e;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=e2e-secret",
        "jobrunr.dashboard.enabled=false",
        "sync.retry.luca.initial-backoff=10ms",
        "sync.retry.katana.initial-backoff=10ms"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AwkwardDataIntegrationTests {

    private static final AwkwardCatalogue FIXTURE = AwkwardCatalogue.build();
    private static final KatanaSimulator KATANA = KatanaSimulator.start(KatanaSimulatorConfig.defaults(), FIXTURE.catalogue);
    private static final LucaSimulator LUCA = LucaSimulator.start(LucaSimulatorConfig.defaults());
    private static final Map<String, String> DRY_RUN_PLAN = new HashMap<>();
    private static String realJobId;

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcSyncRunRepository operationLog;
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
    void shouldPlanEveryAwkwardRecordInADryRunWithoutWritingToLuca() {
        JsonNode dryRun = api.runToEnd("{\"syncType\":\"ALL\",\"dryRun\":true}");

        assertThat(lucaWrites()).isZero();
        assertThat(LUCA.stockCardCount()).isZero();
        assertThat(LUCA.customerCount()).isZero();
        List<String> runOrder = List.of("PRODUCT", "MATERIAL", "CUSTOMER");
        List<JsonNode> listed = api.items(dryRun.path("jobId").asString(), "");
        List<String> listedTypes = listed.stream().map(item -> item.path("syncType").asString()).toList();
        Map<String, JsonNode> items = byKey(listed);
        assertThat(listedTypes).as("planning order: run by run").isSortedAccordingTo(Comparator.comparingInt(runOrder::indexOf))
                .containsAll(runOrder);
        items.forEach((key, item) -> DRY_RUN_PLAN.put(key, item.path("action").asString()));
        assertThat(DRY_RUN_PLAN).hasSize((int) FIXTURE.expected.stream().filter(Expected::isListed).count());
        assertThat(FIXTURE.expected).filteredOn(Expected::isListed)
                .allSatisfy(expected -> assertThat(DRY_RUN_PLAN.get(expected.key())).as(expected.kind()).isEqualTo(expected.action()));
        assertThat(dryRun.path("planned").path("CREATE").asInt()).isEqualTo(countPlanned("CREATE"));
        assertThat(dryRun.path("counters").path("created").asInt()).as("a dry run creates nothing").isZero();
    }

    @Test
    @Order(2)
    void shouldPreviewTheExactPayloadOfARecordWithoutWritingIt() {
        JsonNode longName = api.getJson("/api/sync/mapping/preview?sku=AWK-LONG");
        JsonNode huge = api.getJson("/api/sync/mapping/preview?sku=AWK-HUGE");
        JsonNode material = api.getJson("/api/sync/mapping/preview?sku=AWK-HM");
        JsonNode shippingOnly = api.getJson("/api/sync/mapping/preview?customerId=" + FIXTURE.shippingOnlyCustomer);

        assertThat(longName.path("action").asString()).isEqualTo("CREATE");
        assertThat(longName.path("endpoint").asString()).isEqualTo("EkleStkWsSkart.do");
        assertThat(longName.path("payload").path("kartAdi").asString()).hasSize(250);
        assertThat(longName.path("warnings").get(0).asString()).contains("cut to 250");
        assertThat(huge.path("payloadJson").asString()).contains("\"perakendeSatisBirimFiyat\":100000000000");
        assertThat(material.path("syncType").asString()).isEqualTo("MATERIAL");
        assertThat(material.path("payload").path("satilabilirFlag").asInt()).isZero();
        assertThat(shippingOnly.path("endpoint").asString()).isEqualTo("EkleFinMusteriWS.do");
        assertThat(shippingOnly.path("payload").path("adresTipId").asInt()).isEqualTo(8);
        assertThat(lucaWrites()).isZero();
    }

    @Test
    @Order(3)
    void shouldGiveEveryAwkwardRecordItsDocumentedOutcomeAsTheDryRunPlannedAndLogOneRunPerType() {
        JsonNode job = api.runToEnd("{\"syncType\":\"ALL\"}");
        realJobId = job.path("jobId").asString();

        assertThat(job.path("syncType").asString()).isEqualTo("ALL");
        assertThat(job.path("status").asString()).isEqualTo("PARTIAL");
        assertOneRunPerTypeInOrder(UUID.fromString(realJobId));
        Map<String, JsonNode> items = byKey(api.items(realJobId, ""));
        assertThat(items).hasSize(DRY_RUN_PLAN.size());
        for (Expected expected : FIXTURE.expected) {
            JsonNode item = items.get(expected.key());
            if (!expected.isListed()) {
                assertThat(item).as(expected.kind()).isNull();
                continue;
            }
            assertThat(item).as(expected.kind()).isNotNull();
            assertThat(item.path("action").asString()).as(expected.kind()).isEqualTo(expected.action()).isEqualTo(DRY_RUN_PLAN.get(expected.key()));
            assertThat(item.path("outcome").asString()).as(expected.kind()).isEqualTo(expected.outcome());
            if (expected.reasonPart() != null) {
                assertThat(item.path("reason").asString()).as(expected.kind()).contains(expected.reasonPart());
            }
        }
        assertThat(LUCA.stockCardCount()).isEqualTo(countOutcome("PRODUCT", "CREATED") + countOutcome("MATERIAL", "CREATED"));
        assertThat(LUCA.customerCount()).isEqualTo(countOutcome("CUSTOMER", "CREATED"));
    }

    @Test
    @Order(4)
    void shouldStoreWhatLucaReceivedExactlyAsMapped() {
        assertThat(card("AWK-LONG").kartAdi()).hasSize(250);
        assertThat(items("AWK-LONG").path("warnings").get(0).asString()).contains("kartAdi was 300 characters; cut to 250");
        assertThat(new BigDecimal(card("AWK-STR").field("perakendeSatisBirimFiyat").asString())).isEqualByComparingTo("1250.5");
        assertThat(new BigDecimal(card("AWK-ZERO").field("perakendeSatisBirimFiyat").asString())).isZero();
        assertThat(card("AWK-HUGE").field("perakendeSatisBirimFiyat").toString()).isEqualTo("100000000000");
        assertThat(card("AWK-HM").field("satilabilirFlag").asInt()).isZero();
        assertThat(card("AWK-LIVE").field("satilabilirFlag").asInt()).isEqualTo(1);
        assertThat(LUCA.stockCardByCode("AWK-ARCH")).isEmpty();
        assertThat(LUCA.stockCardByCode("AWK-GONE")).isEmpty();
        assertThat(AwkwardCatalogue.COLOURS).allSatisfy(colour -> assertThat(LUCA.stockCards()).extracting(StoredStockCard::kartAdi)
                .contains("On Renkli Fincan (" + colour + ")"));
        StoredCustomer shippingOnly = LUCA.customerByCode("KTN-" + FIXTURE.shippingOnlyCustomer).orElseThrow();
        assertThat(shippingOnly.field("adresTipId").asInt()).isEqualTo(8);
        StoredCustomer person = LUCA.customerByCode("KTN-" + FIXTURE.personCustomer).orElseThrow();
        assertThat(person.field("tip").asInt()).isEqualTo(2);
        assertThat(person.field("ad").asString()).isEqualTo("Ümit");
        assertThat(person.field("tcKimlikNo").asString()).isEqualTo("10000000146");
    }

    @Test
    @Order(5)
    void shouldKeepEveryTurkishLetterAndSymbolByteForByte() {
        StoredStockCard turkish = card(AwkwardCatalogue.TURKISH_SKU);
        StoredCustomer company = LUCA.customerByCode("KTN-" + FIXTURE.turkishCustomer).orElseThrow();

        assertThat(utf8(turkish.kartKodu())).isEqualTo(utf8(AwkwardCatalogue.TURKISH_SKU));
        assertThat(utf8(turkish.field("kartAdi").asString())).isEqualTo(utf8(AwkwardCatalogue.TURKISH_NAME));
        assertThat(utf8(card("AWK-EMOJI").field("kartAdi").asString())).isEqualTo(utf8(AwkwardCatalogue.EMOJI_NAME));
        assertThat(utf8(company.field("tanim").asString())).isEqualTo(utf8(AwkwardCatalogue.TURKISH_COMPANY));
        assertThat(utf8(company.field("il").asString())).isEqualTo(utf8("İzmir"));
        assertThat(AwkwardCatalogue.TURKISH_NAME + AwkwardCatalogue.TURKISH_COMPANY).contains("ç", "ğ", "ı", "İ", "ö", "ş", "ü", "Ç", "Ğ", "Ö",
                "Ş", "Ü", "Ø", "×", "½");
    }

    @Test
    @Order(6)
    void shouldRetryExactlyTheFailedRecords() {
        Map<String, JsonNode> failed = byKey(api.items(realJobId, "outcome=FAILED"));
        long stockWritesBefore = LUCA.callCount("EkleStkWsSkart.do") + LUCA.callCount("GuncelleStkWsSkart.do");
        long customerWritesBefore = LUCA.callCount("EkleFinMusteriWS.do");

        JsonNode retry = api.awaitEnd(api.start("/api/sync/job/" + realJobId + "/retry-failed", ""));

        assertThat(retry.path("parts").findValuesAsString("syncType")).containsExactly("PRODUCT", "CUSTOMER");
        Map<String, JsonNode> retried = byKey(api.items(retry.path("jobId").asString(), ""));
        assertThat(retried.keySet()).containsExactlyInAnyOrderElementsOf(failed.keySet());
        assertThat(retried.values()).allSatisfy(item -> assertThat(item.path("outcome").asString()).isEqualTo("FAILED"));
        assertThat(LUCA.callCount("EkleStkWsSkart.do") + LUCA.callCount("GuncelleStkWsSkart.do")).isEqualTo(stockWritesBefore);
        assertThat(LUCA.callCount("EkleFinMusteriWS.do") - customerWritesBefore).isEqualTo(1);
    }

    private void assertOneRunPerTypeInOrder(UUID jobId) {
        List<SyncRun> runs = operationLog.findAllByJobId(jobId);
        assertThat(runs).extracting(SyncRun::syncType).containsExactly(SyncType.PRODUCT, SyncType.MATERIAL, SyncType.CUSTOMER);
        assertThat(runs.get(1).startTime()).isAfterOrEqualTo(runs.get(0).endTime());
        assertThat(runs.get(2).startTime()).isAfterOrEqualTo(runs.get(1).endTime());
        assertThat(runs).extracting(run -> run.counters().total()).containsExactly(
                (int) countListed("PRODUCT"), (int) countListed("MATERIAL"), (int) countListed("CUSTOMER"));
    }

    private static Map<String, JsonNode> byKey(List<JsonNode> items) {
        return items.stream().collect(Collectors.toMap(item -> item.path("syncType").asString() + ":" + item.path("katanaId").asLong(),
                item -> item));
    }

    private JsonNode items(String sku) {
        return api.items(realJobId, "").stream().filter(item -> sku.equals(item.path("sku").asString(null))).findFirst().orElseThrow();
    }

    private static StoredStockCard card(String code) {
        return LUCA.stockCardByCode(code).orElseThrow(() -> new AssertionError("Luca has no card " + code));
    }

    private static long countPlanned(String action) {
        return DRY_RUN_PLAN.values().stream().filter(action::equals).count();
    }

    private static long countListed(String type) {
        return FIXTURE.expected.stream().filter(Expected::isListed).filter(e -> e.key().startsWith(type + ":")).count();
    }

    private static long countOutcome(String type, String outcome) {
        return FIXTURE.expected.stream().filter(e -> e.key().startsWith(type + ":") && outcome.equals(e.outcome())).count();
    }

    private static long lucaWrites() {
        return LUCA.callCount("EkleStkWsSkart.do") + LUCA.callCount("GuncelleStkWsSkart.do") + LUCA.callCount("EkleFinMusteriWS.do");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
