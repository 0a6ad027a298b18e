package io.katanaluca.sim.katana;

import java.util.EnumMap;
import java.util.Map;

/** Hands out ids above the highest one seen per kind. Used only under the catalogue's lock. */
final class IdCounters {

    enum Kind { ITEM, VARIANT, CUSTOMER, ADDRESS }

    private final Map<Kind, Long> highest = new EnumMap<>(Kind.class);

    void saw(Kind kind, long id) {
        highest.merge(kind, id, Math::max);
    }

    long next(Kind kind) {
        long next = highest.getOrDefault(kind, 0L) + 1;
        saw(kind, next);
        return next;
    }
}
