package io.katanaluca.sim.katana;

import java.math.BigDecimal;
import tools.jackson.databind.node.ObjectNode;

/**
 * Katana writes prices either as JSON numbers or as strings with ten decimals
 * ({@code "1250.5000000000"}); the simulator serves both so clients must parse both.
 */
final class Prices {

    private static final int TEXT_SCALE = 10;

    private Prices() {
    }

    static void put(ObjectNode target, String field, BigDecimal price, boolean asText) {
        if (price == null) {
            target.putNull(field);
        } else if (asText) {
            target.put(field, price.setScale(Math.max(TEXT_SCALE, price.scale())).toPlainString());
        } else {
            target.put(field, price.stripTrailingZeros());
        }
    }

    /** Keeps the style the field already has, so a price change does not change its JSON type. */
    static void replace(ObjectNode target, String field, BigDecimal price) {
        put(target, field, price, target.path(field).isString());
    }
}
