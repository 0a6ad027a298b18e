package io.katanaluca.sync.invoice.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** The one rounding rule (see package-info): HALF_UP to kuruş, once per line, before summing. */
final class InvoiceMoney {

    static final int KURUS = 2;
    /** The most decimals a unit price or discount percent is sent with. */
    static final int MAX_SCALE = 10;
    /**
     * Nearest first; then the two sides, since an exact amount ending in half a kuruş (2539.985)
     * must not be pushed below the half by the cut, however many decimals are sent.
     */
    private static final List<RoundingMode> TRIED = List.of(RoundingMode.HALF_UP, RoundingMode.FLOOR, RoundingMode.CEILING);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InvoiceMoney() {
    }

    static BigDecimal kurus(BigDecimal amount) {
        return amount.setScale(KURUS, RoundingMode.HALF_UP);
    }

    static BigDecimal lineNet(BigDecimal quantity, BigDecimal price, BigDecimal discount) {
        return kurus(quantity.multiply(price).subtract(orZero(discount)));
    }

    static BigDecimal lineVat(BigDecimal net, BigDecimal fraction) {
        return kurus(net.multiply(fraction));
    }

    /**
     * The discount as a percent of the gross line, with the fewest decimals (2 to {@value #MAX_SCALE})
     * for which Luca's own line arithmetic, {@code miktar × birimFiyat × (1 − iskontoOran1/100)}
     * rounded HALF_UP to kuruş, gives exactly {@code net}: a percent cut at a fixed number of
     * decimals can move a line by a kuruş (3.5 × 834.15 less 379.54 is 2539.99; at 13.000002% Luca
     * would say 2539.98). Empty when no such percent exists; call it only for a line with a discount.
     */
    static Optional<BigDecimal> discountPercent(BigDecimal quantity, BigDecimal price, BigDecimal discount, BigDecimal net) {
        BigDecimal gross = quantity.multiply(price);
        BigDecimal exact = discount.multiply(HUNDRED);
        for (int scale = KURUS; scale <= MAX_SCALE; scale++) {
            for (RoundingMode mode : TRIED) {
                BigDecimal percent = exact.divide(gross, scale, mode);
                if (kurus(gross.multiply(HUNDRED.subtract(percent)).divide(HUNDRED)).compareTo(net) == 0) {
                    return Optional.of(percent.stripTrailingZeros());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The unit price net of the discount, with the fewest decimals (2 to {@value #MAX_SCALE}) for
     * which {@code miktar × birimFiyat} rounded HALF_UP to kuruş is exactly {@code net} (Luca keeps
     * more than 2 decimals on unit prices); empty when no such price exists.
     */
    static Optional<BigDecimal> netUnitPrice(BigDecimal quantity, BigDecimal price, BigDecimal discount, BigDecimal net) {
        BigDecimal exact = quantity.multiply(price).subtract(orZero(discount));
        for (int scale = KURUS; scale <= MAX_SCALE; scale++) {
            for (RoundingMode mode : TRIED) {
                BigDecimal unit = exact.divide(quantity, scale, mode);
                if (kurus(quantity.multiply(unit)).compareTo(net) == 0) {
                    return Optional.of(unit.stripTrailingZeros());
                }
            }
        }
        return Optional.empty();
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
