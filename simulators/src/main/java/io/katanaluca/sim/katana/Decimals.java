package io.katanaluca.sim.katana;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Katana's decimals arrive as JSON numbers or as numeric strings ({@code "1.00000"},
 * {@code "1250.0000000000"}); the simulator reads both and computes in {@link BigDecimal}.
 */
final class Decimals {

    private static final int MONEY_SCALE = 2;

    private Decimals() {
    }

    /** A number, or a string holding one; empty for null, missing, or anything else. */
    static Optional<BigDecimal> of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        return node.isString() ? parse(node.asString()) : Optional.empty();
    }

    static Optional<BigDecimal> parse(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static BigDecimal orZero(JsonNode node) {
        return of(node).orElse(BigDecimal.ZERO);
    }

    /** Money in the simulator: two decimals, half up. */
    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    /** As Katana writes {@code total_discount} and shipping {@code amount}: a string with at least two decimals. */
    static String moneyText(BigDecimal amount) {
        return amount.setScale(Math.max(MONEY_SCALE, amount.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }
}
