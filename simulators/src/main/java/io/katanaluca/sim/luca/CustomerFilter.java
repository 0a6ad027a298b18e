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
        String from = filter.path("kodBas").asString("");
        String to = filter.path("kodBit").asString("");
        String op = filter.path("kodOp").asString("between");
        if (op.equals("eq")) {
            return customer -> customer.kartKod().equals(from);
        }
        if (!op.equals("between")) {
            throw new IllegalArgumentException("Geçersiz operatör: " + op);
        }
        return customer -> (from.isBlank() || customer.kartKod().compareTo(from) >= 0)
                && (to.isBlank() || customer.kartKod().compareTo(to) <= 0);
    }
}
