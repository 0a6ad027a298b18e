package io.katanaluca.sync.invoice.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rounding rule (see package-info): HALF_UP to kuruş, once per line, before summing. */
final class InvoiceMoney {

    static final int KURUS = 2;

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

    /** The discount as a percent of the gross line, to 6 decimals; null when there is none. */
    static BigDecimal discountPercent(BigDecimal quantity, BigDecimal price, BigDecimal discount) {
        BigDecimal gross = quantity.multiply(price);
        if (orZero(discount).signum() == 0 || gross.signum() == 0) {
            return null;
        }
        return discount.multiply(BigDecimal.valueOf(100)).divide(gross, 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The unit price net of the discount, to 6 decimals (Luca keeps more than 2 on unit prices). */
    static BigDecimal netUnitPrice(BigDecimal quantity, BigDecimal price, BigDecimal discount) {
        return quantity.multiply(price).subtract(orZero(discount)).divide(quantity, 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
