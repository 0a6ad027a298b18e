package io.katanaluca.sim.luca;

import static io.katanaluca.sim.luca.LucaFields.first;
import static io.katanaluca.sim.luca.LucaFields.isBlank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * Luca's checks on {@code EkleFtrWsFaturaBaslik.do} bodies, in the order they are reported (the
 * first failure wins). "[vergiNo] alanı zorunludur." and "Belge Seri bulunamadı!" are Luca's own
 * answers as the earlier integration met them; the other wordings and the order are the simulator's choices.
 * <ol>
 * <li>not a JSON object, a known number field not numeric, a known text field an object or array,
 * {@code detayList} not an array of such objects → bare {@code {"error":true}};</li>
 * <li>{@code belgeSeri}, {@code belgeTarihi}, {@code belgeTurDetayId}, {@code faturaTur},
 * {@code paraBirimKod}, {@code musteriTedarikci}, {@code cariKodu} missing, null or blank, or
 * {@code detayList} missing or empty → "[belgeSeri] alanı zorunludur.";</li>
 * <li>{@code belgeTarihi} (and {@code vadeTarihi} when sent) not a real dd/MM/yyyy date;</li>
 * <li>{@code belgeSeri} not a configured series → "Belge Seri bulunamadı!";</li>
 * <li>{@code belgeTurDetayId} not a configured sales document type; {@code faturaTur} not 1 (the
 * only value seen); {@code musteriTedarikci} not 1 (customer: this is a sales invoice);</li>
 * <li>{@code belgeNo}, when sent, not a whole number of 1 to 9 digits; {@code belgeTakipNo} over 50 characters;</li>
 * <li>{@code paraBirimKod} not a configured currency; other than TRY without a {@code kurBedeli} above 0;</li>
 * <li>{@code cariKodu} not an existing customer account (exact, case-sensitive);</li>
 * <li>a {@code vergiNo} or {@code tcKimlikNo} sent in the header checked as on customer accounts;
 * with {@link LucaInvoiceConfig#requiresTaxNumber()}, neither on the account nor in the header →
 * "[vergiNo] alanı zorunludur.";</li>
 * <li>the lines, first to last ({@link InvoiceLineRules}).</li>
 * </ol>
 * A used {@code belgeNo} is refused by the store, after all of these.
 */
final class InvoiceRules {

    static final int MAX_TRACKING_NO_LENGTH = 50;

    private static final List<String> REQUIRED = List.of("belgeSeri", "belgeTarihi", "belgeTurDetayId", "faturaTur",
            "paraBirimKod", "musteriTedarikci", "cariKodu");
    private static final List<String> NUMBER_FIELDS = List.of("belgeTurDetayId", "faturaTur", "musteriTedarikci",
            "kurBedeli", "cariTip", "efaturaTuru");
    private static final List<String> TEXT_FIELDS = List.of("belgeSeri", "belgeNo", "belgeTarihi", "vadeTarihi",
            "duzenlemeSaati", "belgeTakipNo", "belgeAciklama", "paraBirimKod", "referansNo", "cariKodu", "cariTanim",
            "vergiNo", "tcKimlikNo", "vergiDairesi", "siparisNo", "odemeTipi", "gonderimTipi");

    private final LucaInvoiceConfig config;
    private final CustomerStore customers;
    private final InvoiceLineRules lines;

    InvoiceRules(LucaInvoiceConfig config, CustomerStore customers, StockCardStore stockCards) {
        this.config = config;
        this.customers = customers;
        this.lines = new InvoiceLineRules(config, stockCards);
    }

    Optional<LucaProblem> check(JsonNode body) {
        if (!isReadable(body)) {
            return Optional.of(LucaProblem.malformed());
        }
        return first(List.of(() -> LucaFields.required(body, REQUIRED), () -> hasLines(body), () -> dates(body),
                () -> series(body), () -> documentKind(body), () -> numbers(body), () -> currency(body),
                () -> account(body), () -> CustomerRules.taxNumbers(body), () -> taxNumberPresent(body),
                () -> lines(body)));
    }

    private static boolean isReadable(JsonNode body) {
        if (!LucaFields.isReadable(body, NUMBER_FIELDS, TEXT_FIELDS)) {
            return false;
        }
        JsonNode lines = body.path("detayList");
        return lines.isMissingNode() || lines.isNull() || lines.isArray() && lines.valueStream()
                .allMatch(line -> LucaFields.isReadable(line, InvoiceLineRules.NUMBER_FIELDS, InvoiceLineRules.TEXT_FIELDS));
    }

    private static Optional<LucaProblem> hasLines(JsonNode body) {
        return body.path("detayList").isEmpty() ? Optional.of(LucaProblem.required("detayList")) : Optional.empty();
    }

    private static Optional<LucaProblem> dates(JsonNode body) {
        return first(List.of(() -> date(body, "belgeTarihi"),
                () -> isBlank(body.path("vadeTarihi")) ? Optional.empty() : date(body, "vadeTarihi")));
    }

    private static Optional<LucaProblem> date(JsonNode body, String field) {
        return LucaFields.date(body.path(field)).isPresent() ? Optional.empty()
                : Optional.of(new LucaProblem("[" + field + "] alanı dd/MM/yyyy formatında olmalıdır."));
    }

    private Optional<LucaProblem> series(JsonNode body) {
        return config.series().contains(body.path("belgeSeri").asString()) ? Optional.empty()
                : Optional.of(new LucaProblem("Belge Seri bulunamadı!"));
    }

    private Optional<LucaProblem> documentKind(JsonNode body) {
        long type = LucaFields.longValue(body.path("belgeTurDetayId"));
        return first(List.of(
                () -> refusedUnless(config.salesDocumentTypes().contains(type), "Satış faturası belge türü bulunamadı: " + type),
                () -> refusedUnless(isOne(body.path("faturaTur")), "[faturaTur] alanı 1 olmalıdır."),
                () -> refusedUnless(isOne(body.path("musteriTedarikci")),
                        "[musteriTedarikci] alanı satış faturasında 1 (müşteri) olmalıdır.")));
    }

    private static Optional<LucaProblem> numbers(JsonNode body) {
        String number = body.path("belgeNo").asString("").trim();
        return first(List.of(
                () -> refusedUnless(number.isEmpty() || number.matches("\\d{1,9}") && Long.parseLong(number) > 0,
                        "[belgeNo] alanı 1 ile 9 haneli pozitif bir sayı olmalıdır."),
                () -> LucaFields.tooLong(body, "belgeTakipNo", MAX_TRACKING_NO_LENGTH)));
    }

    private Optional<LucaProblem> currency(JsonNode body) {
        String currency = body.path("paraBirimKod").asString();
        if (!config.currencies().contains(currency)) {
            return Optional.of(new LucaProblem("Para birimi bulunamadı: " + currency));
        }
        JsonNode rate = body.path("kurBedeli");
        if (currency.equals("TRY")) {
            return Optional.empty();
        }
        return isBlank(rate) ? Optional.of(LucaProblem.required("kurBedeli"))
                : refusedUnless(LucaFields.decimal(rate).signum() > 0, "[kurBedeli] alanı sıfırdan büyük olmalıdır.");
    }

    private Optional<LucaProblem> account(JsonNode body) {
        String code = body.path("cariKodu").asString();
        return refusedUnless(customers.byCode(code).isPresent(), code + " kodlu cari bulunamadı.");
    }

    /** Checked after {@link #account}, so the account exists. */
    private Optional<LucaProblem> taxNumberPresent(JsonNode body) {
        StoredCustomer account = customers.byCode(body.path("cariKodu").asString()).orElseThrow();
        boolean known = hasTaxNumber(account.json()) || hasTaxNumber(body);
        return !config.requiresTaxNumber() || known ? Optional.empty() : Optional.of(LucaProblem.required("vergiNo"));
    }

    private static boolean hasTaxNumber(JsonNode json) {
        return !isBlank(json.path("vergiNo")) || !isBlank(json.path("tcKimlikNo"));
    }

    private Optional<LucaProblem> lines(JsonNode body) {
        JsonNode detail = body.path("detayList");
        List<Supplier<Optional<LucaProblem>>> checks = IntStream.range(0, detail.size())
                .<Supplier<Optional<LucaProblem>>>mapToObj(i -> () -> lines.check(detail.get(i), i + 1)).toList();
        return first(checks);
    }

    private static boolean isOne(JsonNode node) {
        return LucaFields.decimal(node).compareTo(BigDecimal.ONE) == 0;
    }

    private static Optional<LucaProblem> refusedUnless(boolean accepted, String message) {
        return accepted ? Optional.empty() : Optional.of(new LucaProblem(message));
    }
}
