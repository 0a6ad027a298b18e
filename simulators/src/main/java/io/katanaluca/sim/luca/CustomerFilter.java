package io.katanaluca.sim.luca;

import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The {@code finMusteri.gnlFinansalNesne} filter of ListeleFinMusteri.do: a code range
 * ({@code kodBas}, {@code kodBit}, {@code kodOp} "between" or "eq"), bounds inclusive, either
 * bound optional; codes compare as plain strings.
 */
final class CustomerFilter {

    private CustomerFilter() {
    }

    /** Throws IllegalArgumentException with Luca's message for an operator it does not know. */
    static Predicate<StoredCustomer> parse(JsonNode body) {
        JsonNode filter = body.path("finMusteri").path("gnlFinansalNesne");
        if (!filter.isObject()) {
            return customer -> true;
        }
        return RangeFilter.textRange(filter, "kod", StoredCustomer::kartKod);
    }
}
