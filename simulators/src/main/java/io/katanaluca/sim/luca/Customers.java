package io.katanaluca.sim.luca;

import java.time.Clock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Creating customer accounts: the rules, then the store. Shared by the API and the Java seeding. */
final class Customers {

    /** Luca's wording for a used customer code is not documented; this mirrors the stock card one. */
    static final String DUPLICATE_CODE = "Cari kart kodu daha önce kullanılmış";

    private final CustomerStore store;
    private final CustomerRules rules;
    private final Clock clock;

    Customers(CustomerStore store, CustomerRules rules, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.clock = clock;
    }

    /** The body is kept exactly as received. */
    Created<StoredCustomer> create(JsonNode body) {
        return Created.unless(rules.check(body), () -> store.create((ObjectNode) body, clock.instant())
                .map(Created::of).orElseGet(() -> Created.refused(new LucaProblem(DUPLICATE_CODE))));
    }

    CustomerStore store() {
        return store;
    }
}
