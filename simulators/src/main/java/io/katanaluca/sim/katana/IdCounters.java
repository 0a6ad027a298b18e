package io.katanaluca.sim.katana;

import java.util.EnumMap;
import java.util.Map;

/** Hands out ids above the highest one seen per kind. Used only under the catalogue's lock. */
final class IdCounters {

    /** Sales order kinds start in ranges of their own, so an id mixed up between them finds nothing. */
    enum Kind {
        ITEM(0), VARIANT(0), CUSTOMER(0), ADDRESS(0), TAX_RATE(0), SALES_ORDER(30_000_000L),
        SALES_ORDER_ROW(31_000_000L), SALES_ORDER_ADDRESS(32_000_000L), FULFILLMENT(33_000_000L),
        SHIPPING_FEE(34_000_000L);

        private final long base;

        Kind(long base) {
            this.base = base;
        }
    }

    private final Map<Kind, Long> highest = new EnumMap<>(Kind.class);

    void saw(Kind kind, long id) {
        highest.merge(kind, id, Math::max);
    }

    long next(Kind kind) {
        long next = highest.getOrDefault(kind, kind.base) + 1;
        saw(kind, next);
        return next;
    }
}
