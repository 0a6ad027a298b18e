package io.katanaluca.sim.luca;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A customer account ("cari") as the Luca simulator holds it.
 *
 * @param kartKod the account code as sent, or the one the simulator assigned when none was sent
 * @param json    the create body exactly as received
 */
public record StoredCustomer(long finansalNesneId, String kartKod, String tanim, JsonNode json, Instant createdAt) {

    /** A copy, so callers cannot change what the simulator serves. */
    @Override
    public JsonNode json() {
        return json.deepCopy();
    }

    /** One received field, e.g. {@code field("vergiNo").asString()}; missing fields give a missing node. */
    public JsonNode field(String name) {
        return json.path(name);
    }
}
