package io.katanaluca.sim.luca;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the Luca simulator accepts on sales invoices ({@code EkleFtrWsFaturaBaslik.do}). These are
 * installation settings in a real Luca (series, document types, service cards) or facts nobody
 * has verified (the VAT unit, whether a tax number is required), so each is a setting here and
 * the simulator is strict about whichever value is set.
 *
 * @param series             the document series ({@code belgeSeri}) that exist, compared exactly
 * @param salesDocumentTypes the {@code belgeTurDetayId} values of sales invoices (the earlier
 *                           integration's settings say 76; its code disagrees)
 * @param currencies         the {@code paraBirimKod} values Luca knows
 * @param serviceCodes       the {@code kartKodu} values a service line ({@code kartTuru} 2) may name:
 *                           the simulator's stand-in for service cards, which it does not otherwise hold
 * @param vatFormat          how {@code kdvOran} is written; unverified, the earlier integration sent fractions
 * @param requiresTaxNumber  whether an invoice to an account without {@code vergiNo} or
 *                           {@code tcKimlikNo} needs one in its header (Luca answered "[vergiNo]
 *                           alanı zorunludur." to the earlier integration)
 * @param salesMovementType  the {@code parUstHareketTuru} under which the invoice list shows sales
 *                           invoices (the earlier integration sent 16)
 */
public record LucaInvoiceConfig(List<String> series, Set<Long> salesDocumentTypes, Set<String> currencies,
        Set<String> serviceCodes, VatFormat vatFormat, boolean requiresTaxNumber, long salesMovementType) {

    /** The unit of {@code kdvOran}: the rates in force since July 2023 (0, 1, 10 and 20 %) in either unit. */
    public enum VatFormat {
        /** 0, 0.01, 0.10, 0.20: what the earlier integration's samples send. */
        FRACTION(1),
        /** 0, 1, 10, 20. */
        PERCENT(100);

        private final BigDecimal perUnit;

        VatFormat(int perUnit) {
            this.perUnit = BigDecimal.valueOf(perUnit);
        }

        /** The rates allowed in this unit, compared by value ({@code 0.1} and {@code 0.10} are one rate). */
        Set<BigDecimal> allowed() {
            return Stream.of("0", "0.01", "0.10", "0.20").map(rate -> new BigDecimal(rate).multiply(perUnit))
                    .collect(Collectors.toUnmodifiableSet());
        }

        BigDecimal toFraction(BigDecimal rate) {
            return rate.divide(perUnit);
        }
    }

    public LucaInvoiceConfig {
        series = List.copyOf(series);
        salesDocumentTypes = Set.copyOf(salesDocumentTypes);
        currencies = Set.copyOf(currencies);
        serviceCodes = Set.copyOf(serviceCodes);
        Objects.requireNonNull(vatFormat, "vatFormat");
    }

    /** Series EFA, document type 76, TRY/USD/EUR/GBP/CHF, service card KARGO, fractions, tax number required, list type 16. */
    public static LucaInvoiceConfig defaults() {
        return new LucaInvoiceConfig(List.of("EFA"), Set.of(76L), CustomerRules.CURRENCIES, Set.of("KARGO"),
                VatFormat.FRACTION, true, 16);
    }

    public LucaInvoiceConfig withSeries(String... series) {
        return new LucaInvoiceConfig(List.of(series), salesDocumentTypes, currencies, serviceCodes, vatFormat,
                requiresTaxNumber, salesMovementType);
    }

    public LucaInvoiceConfig withVatFormat(VatFormat format) {
        return new LucaInvoiceConfig(series, salesDocumentTypes, currencies, serviceCodes, format, requiresTaxNumber,
                salesMovementType);
    }

    public LucaInvoiceConfig withRequiresTaxNumber(boolean required) {
        return new LucaInvoiceConfig(series, salesDocumentTypes, currencies, serviceCodes, vatFormat, required,
                salesMovementType);
    }
}
