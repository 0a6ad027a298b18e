package io.katanaluca.sync.katana;

import java.util.Arrays;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds Katana product JSON as the list endpoint sends it, with prices as strings or numbers. */
final class ProductJson {

    static final String UPDATED_AT = "2020-10-23T10:37:05.085Z";

    private final ObjectNode json = KatanaJson.MAPPER.createObjectNode();
    private final ArrayNode variants = json.putArray("variants");

    private ProductJson(long id) {
        json.put("id", id)
                .put("name", "Product " + id)
                .put("uom", "pcs")
                .put("category_name", "General")
                .put("is_sellable", true)
                .put("type", "product")
                .put("created_at", UPDATED_AT)
                .put("updated_at", UPDATED_AT)
                .putNull("archived_at")
                .putNull("deleted_at");
        json.putArray("configs");
    }

    static ProductJson aProduct(long id) {
        return new ProductJson(id);
    }

    static String page(ProductJson... products) {
        ObjectNode envelope = KatanaJson.MAPPER.createObjectNode();
        ArrayNode data = envelope.putArray("data");
        Arrays.stream(products).forEach(product -> data.add(product.json));
        return envelope.toString();
    }

    ProductJson named(String name) {
        json.put("name", name);
        return this;
    }

    ProductJson withVariants(int count) {
        long id = json.get("id").asLong();
        for (int i = 1; i <= count; i++) {
            withVariant(id * 100 + i, "SKU-" + id + "-" + i, "\"" + i + "0.5000000000\"", String.valueOf(i));
        }
        return this;
    }

    /** Prices are raw JSON: {@code "\"1250.0000000000\""}, {@code "40"} or {@code "null"}. */
    ProductJson withVariant(long id, String sku, String salesPriceJson, String purchasePriceJson) {
        ObjectNode variant = variants.addObject()
                .put("id", id)
                .put("sku", sku)
                .put("internal_barcode", "869" + id)
                .putNull("registered_barcode")
                .put("type", json.get("type").asString())
                .put("updated_at", UPDATED_AT);
        variant.set("sales_price", KatanaJson.MAPPER.readTree(salesPriceJson));
        variant.set("purchase_price", KatanaJson.MAPPER.readTree(purchasePriceJson));
        variant.putArray("config_attributes");
        return this;
    }

    ProductJson withConfigAttribute(String name, String value) {
        ((ArrayNode) variants.get(variants.size() - 1).get("config_attributes")).addObject()
                .put("config_name", name)
                .put("config_value", value);
        return this;
    }
}
