package io.katanaluca.sync.invoice.domain;

import io.katanaluca.sync.katana.KatanaTaxRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Katana tax rate id → the VAT rate Luca gets. A Katana rate is looked up by its percent in the
 * rules' table, so an 18 % rate left over from before 2023 fails instead of being sent.
 */
public final class VatTable {

    private final Map<Long, KatanaTaxRate> katanaRates;
    private final InvoiceRules rules;

    public VatTable(Collection<KatanaTaxRate> katanaRates, InvoiceRules rules) {
        this.katanaRates = katanaRates.stream().collect(Collectors.toUnmodifiableMap(KatanaTaxRate::id, Function.identity()));
        this.rules = rules;
    }

    /** The rate as a fraction (0.20), used for computing VAT amounts, whatever unit Luca is sent. */
    Optional<BigDecimal> fractionOf(Long taxRateId) {
        return lucaPercentOf(taxRateId).map(percent -> percent.movePointLeft(2));
    }

    /** The value of {@code kdvOran} as Luca wants it. */
    BigDecimal lucaValue(BigDecimal fraction) {
        BigDecimal value = rules.vatUnit() == InvoiceRules.VatUnit.FRACTION ? fraction : fraction.movePointRight(2);
        return value.stripTrailingZeros().setScale(Math.max(2, value.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
    }

    /** Why a tax rate id has no Luca rate: unknown to Katana's list, or a percent the table does not map. */
    String whyUnmapped(Long taxRateId) {
        if (taxRateId == null) {
            return "has no tax rate";
        }
        KatanaTaxRate rate = katanaRates.get(taxRateId);
        if (rate == null || rate.rate() == null) {
            return "has tax rate " + taxRateId + ", which Katana's tax rate list does not hold";
        }
        return "has tax rate " + taxRateId + " (" + rate.rate().stripTrailingZeros().toPlainString()
                + "%), which sync.invoices.vat-rates does not map to a Luca VAT rate";
    }

    private Optional<BigDecimal> lucaPercentOf(Long taxRateId) {
        KatanaTaxRate rate = taxRateId == null ? null : katanaRates.get(taxRateId);
        if (rate == null || rate.rate() == null) {
            return Optional.empty();
        }
        return rules.vatRates().entrySet().stream().filter(entry -> entry.getKey().compareTo(rate.rate()) == 0)
                .map(Map.Entry::getValue).findFirst();
    }
}
