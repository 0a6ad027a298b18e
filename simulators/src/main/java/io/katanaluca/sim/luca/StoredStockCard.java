package io.katanaluca.sim.luca;

import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stock card as the Luca simulator holds it.
 *
 * @param json        the create body exactly as received, with later updates merged in
 * @param updateCount successful GuncelleStkWsSkart.do calls for this card
 */
public record StoredStockCard(long skartId, String kartKodu, String kartAdi, JsonNode json, Instant createdAt,
        Instant updatedAt, int updateCount) {

    /** A copy, so callers cannot change what the simulator serves. */
    @Override
    public JsonNode json() {
        return json.deepCopy();
    }

    /** One received field, e.g. {@code field("barkod").asString()}; missing fields give a missing node. */
    public JsonNode field(String name) {
        return json.path(name);
    }

    StoredStockCard updatedWith(ObjectNode changes, Instant now) {
        ObjectNode merged = ((ObjectNode) json).deepCopy().setAll(changes);
        return new StoredStockCard(skartId, merged.path("kartKodu").asString(), merged.path("kartAdi").asString(),
                merged, createdAt, now, updateCount + 1);
    }
}
