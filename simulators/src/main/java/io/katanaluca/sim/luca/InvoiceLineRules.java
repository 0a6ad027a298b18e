package io.katanaluca.sim.luca;

import static io.katanaluca.sim.luca.LucaFields.decimal;
import static io.katanaluca.sim.luca.LucaFields.first;
import static io.katanaluca.sim.luca.LucaFields.isBlank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Luca's checks on one {@code detayList} line of a sales invoice, in the order they are reported;
 * every message starts with "Satır n: " (n from 1). Luca documents none of the line checks: the
 * required fields, the wording and the service-card stand-in are the simulator's choices.
 * <ol>
 * <li>{@code kartTuru}, {@code kartKodu}, {@code miktar}, {@code birimFiyat}, {@code kdvOran} missing,
 * null or blank → "[kartKodu] alanı zorunludur.";</li>
 * <li>{@code kartTuru} not 1 (stock) or 2 (service);</li>
 * <li>a stock line's {@code kartKodu} not an existing stock card (exact, case-sensitive), a service
 * line's not among the configured service codes;</li>
 * <li>{@code miktar} not above 0 (decimals allowed), {@code birimFiyat} below 0;</li>
 * <li>{@code kdvOran} not one of the configured format's rates, compared by value;</li>
 * <li>{@code iskontoOran1}, when sent, outside 0..100;</li>
 * <li>{@code tutar}, when sent, not the line's net amount ({@link InvoiceAmounts#net}) to the kuruş.</li>
 * </ol>
 */
final class InvoiceLineRules {

    static final List<String> NUMBER_FIELDS = List.of("kartTuru", "miktar", "birimFiyat", "tutar", "kdvOran",
            "iskontoOran1");
    static final List<String> TEXT_FIELDS = List.of("kartKodu", "kartAdi", "depoKodu", "olcuBirimi", "aciklama",
            "barkod", "hesapKod", "lotNo");

    private static final List<String> REQUIRED = List.of("kartTuru", "kartKodu", "miktar", "birimFiyat", "kdvOran");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LucaInvoiceConfig config;
    private final StockCardStore stockCards;

    InvoiceLineRules(LucaInvoiceConfig config, StockCardStore stockCards) {
        this.config = config;
        this.stockCards = stockCards;
    }

    /** {@code number} counts from 1, as the messages do. */
    Optional<LucaProblem> check(JsonNode line, int number) {
        return first(List.of(() -> LucaFields.required(line, REQUIRED), () -> cardType(line), () -> card(line),
                () -> amounts(line), () -> vatRate(line), () -> discount(line), () -> total(line)))
                .map(problem -> new LucaProblem("Satır " + number + ": " + problem.message()));
    }

    /** The line's net amount; for a line that passed {@link #check}. */
    static BigDecimal net(JsonNode line) {
        return InvoiceAmounts.net(decimal(line.path("miktar")), decimal(line.path("birimFiyat")), discountOf(line));
    }

    private static Optional<LucaProblem> cardType(JsonNode line) {
        long type = LucaFields.longValue(line.path("kartTuru"));
        return type == 1 || type == 2 ? Optional.empty()
                : Optional.of(new LucaProblem("[kartTuru] alanı 1 (stok) veya 2 (hizmet) olmalıdır."));
    }

    private Optional<LucaProblem> card(JsonNode line) {
        String code = line.path("kartKodu").asString();
        if (LucaFields.longValue(line.path("kartTuru")) == 1) {
            return stockCards.byCode(code).isPresent() ? Optional.empty()
                    : Optional.of(new LucaProblem(code + " kodlu stok kartı bulunamadı."));
        }
        return config.serviceCodes().contains(code) ? Optional.empty()
                : Optional.of(new LucaProblem(code + " kodlu hizmet kartı bulunamadı."));
    }

    private static Optional<LucaProblem> amounts(JsonNode line) {
        if (decimal(line.path("miktar")).signum() <= 0) {
            return Optional.of(new LucaProblem("[miktar] alanı sıfırdan büyük olmalıdır."));
        }
        return decimal(line.path("birimFiyat")).signum() < 0
                ? Optional.of(new LucaProblem("[birimFiyat] alanı negatif olamaz.")) : Optional.empty();
    }

    private Optional<LucaProblem> vatRate(JsonNode line) {
        BigDecimal rate = decimal(line.path("kdvOran"));
        boolean allowed = config.vatFormat().allowed().stream().anyMatch(a -> a.compareTo(rate) == 0);
        return allowed ? Optional.empty() : Optional.of(new LucaProblem("KDV oranı geçersiz: " + rate.toPlainString()
                + " (geçerli oranlar: " + allowedRates() + ")"));
    }

    private String allowedRates() {
        return config.vatFormat().allowed().stream().sorted().map(rate -> rate.stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
    }

    private static Optional<LucaProblem> discount(JsonNode line) {
        BigDecimal discount = discountOf(line);
        return discount.signum() >= 0 && discount.compareTo(HUNDRED) <= 0 ? Optional.empty()
                : Optional.of(new LucaProblem("[iskontoOran1] alanı 0 ile 100 arasında olmalıdır."));
    }

    private static Optional<LucaProblem> total(JsonNode line) {
        if (isBlank(line.path("tutar"))) {
            return Optional.empty();
        }
        BigDecimal sent = decimal(line.path("tutar"));
        BigDecimal expected = net(line);
        return sent.compareTo(expected) == 0 ? Optional.empty() : Optional.of(new LucaProblem("[tutar] "
                + sent.toPlainString() + " gönderildi, miktar × birimFiyat × (1 − iskontoOran1/100) = "
                + expected.toPlainString()));
    }

    private static BigDecimal discountOf(JsonNode line) {
        return isBlank(line.path("iskontoOran1")) ? BigDecimal.ZERO : decimal(line.path("iskontoOran1"));
    }
}
