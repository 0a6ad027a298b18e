package io.katanaluca.sim.luca;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The arithmetic of an invoice, in BigDecimal throughout. A line's net amount is
 * {@code miktar × birimFiyat × (1 − iskontoOran1/100)} rounded HALF_UP to kuruş (2 decimals); its
 * VAT is that net times the rate, rounded HALF_UP to kuruş per line (the simulator's choice: Luca's
 * rounding is not documented, and per line is what a line-by-line e-invoice shows); the totals are
 * the sums, gross = net + VAT. No currency conversion: totals are in the invoice currency.
 */
final class InvoiceAmounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record Line(BigDecimal net, BigDecimal vat) {
    }

    record Totals(BigDecimal net, BigDecimal vat, BigDecimal gross) {
    }

    private InvoiceAmounts() {
    }

    static BigDecimal net(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
        BigDecimal kept = HUNDRED.subtract(discountPercent).divide(HUNDRED);
        return toKurus(quantity.multiply(unitPrice).multiply(kept));
    }

    static Line line(BigDecimal net, BigDecimal vatFraction) {
        return new Line(net, toKurus(net.multiply(vatFraction)));
    }

    static Totals totals(List<Line> lines) {
        BigDecimal net = lines.stream().map(Line::net).reduce(toKurus(BigDecimal.ZERO), BigDecimal::add);
        BigDecimal vat = lines.stream().map(Line::vat).reduce(toKurus(BigDecimal.ZERO), BigDecimal::add);
        return new Totals(net, vat, net.add(vat));
    }

    static BigDecimal toKurus(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
