package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A generated product config such as Renk = Kırmızı, Mavi, with one value per variant. */
record Config(long id, String name, List<String> values) {

    static final Config NONE = new Config(0, "", List.of());

    ArrayNode toJson(long productId) {
        ArrayNode configs = Json.array();
        if (!values.isEmpty()) {
            ObjectNode config = configs.addObject();
            config.put("id", id);
            config.put("name", name);
            values.forEach(config.putArray("values")::add);
            config.put("product_id", productId);
        }
        return configs;
    }

    /** The config_attributes of the variant at {@code index}. */
    ArrayNode attribute(int index) {
        ArrayNode attributes = Json.array();
        if (!values.isEmpty()) {
            ObjectNode attribute = attributes.addObject();
            attribute.put("config_name", name);
            attribute.put("config_value", values.get(index));
        }
        return attributes;
    }
}
