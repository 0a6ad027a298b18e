package io.katanaluca.sync.invoice;

import io.katanaluca.sync.invoice.domain.InvoiceRules;
import io.katanaluca.sync.invoice.domain.InvoiceRules.DiscountMode;
import io.katanaluca.sync.invoice.domain.InvoiceRules.InvoiceDate;
import io.katanaluca.sync.invoice.domain.InvoiceRules.PartialDeliveries;
import io.katanaluca.sync.invoice.domain.InvoiceRules.VatUnit;
import io.katanaluca.sync.invoice.domain.InvoiceRules.ZeroQuantityRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sales invoice settings, {@code sync.invoices.*}; see {@link InvoiceRules} for what each
 * mapping setting means. {@code series} and {@code since} have no default: a SALES_INVOICE run
 * without them fails at its start, saying which is missing, so no order is invoiced on a guess.
 *
 * @param statuses the Katana order statuses read (default DELIVERED)
 * @param since    the first day (in {@code sync.time-zone}) whose created or updated orders are invoiced; older ones never are
 */
@ConfigurationProperties("sync.invoices")
public record InvoiceProperties(List<String> statuses, LocalDate since, String series, String documentTypeId, VatUnit vatUnit,
        Map<BigDecimal, BigDecimal> vatRates, InvoiceDate invoiceDate, Integer dueDays, DiscountMode discount, String shippingCardCode,
        boolean totalIncludesVat, PartialDeliveries partialDeliveries, ZeroQuantityRows zeroQuantityRows, String baseCurrency,
        String warehouseCode) {

    public InvoiceProperties {
        statuses = statuses == null || statuses.isEmpty() ? List.of("DELIVERED") : List.copyOf(statuses);
        dueDays = dueDays == null ? 30 : dueDays;
    }

    /** The statuses as Katana spells them (upper case), in order; invoicing each delivery reads PARTIALLY_DELIVERED orders too. */
    Set<String> statusSet() {
        Set<String> set = new TreeSet<>();
        statuses.forEach(status -> set.add(status.trim().toUpperCase(java.util.Locale.ROOT)));
        if (partialDeliveries == PartialDeliveries.PER_DELIVERY) {
            set.add("PARTIALLY_DELIVERED");
        }
        return set;
    }

    /** The rules of a run; throws, naming the setting, when {@code series} or {@code since} is missing. */
    InvoiceRules toRules(ZoneId zone) {
        requireSettings();
        return new InvoiceRules(series.trim(), documentTypeId, vatUnit, vatRates, zone, invoiceDate, dueDays, discount, shippingCardCode,
                totalIncludesVat, partialDeliveries, zeroQuantityRows, baseCurrency, warehouseCode);
    }

    void requireSettings() {
        if (series == null || series.isBlank()) {
            throw new IllegalStateException("sync.invoices.series is not set: Luca's document series for sales invoices (e.g. EFA) must"
                    + " be configured; no invoice is sent without it");
        }
        if (since == null) {
            throw new IllegalStateException("sync.invoices.since is not set: the first day whose orders are invoiced (e.g. 2026-01-01)"
                    + " must be configured, so that older orders are never invoiced by accident");
        }
    }
}
