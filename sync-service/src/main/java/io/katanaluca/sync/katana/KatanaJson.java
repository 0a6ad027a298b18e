package io.katanaluca.sync.katana;

import java.io.InputStream;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reading Katana's JSON. Our own mapper rather than the application's, so Katana's snake_case and
 * its loose typing (money as {@code 1250.0000000000} or {@code "1250.0000000000"}) stay a concern
 * of this package alone.
 */
final class KatanaJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .withCoercionConfig(LogicalType.Float, money -> money.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
            .build();

    private static final TypeReference<List<KatanaProduct>> PRODUCTS = new TypeReference<>() {
    };

    private KatanaJson() {
    }

    /** Lists come as {@code {"data":[...]}}; a bare array (seen on some endpoints) is accepted too. */
    static List<KatanaProduct> readProducts(InputStream body) {
        JsonNode root = MAPPER.readTree(body);
        JsonNode items = root.isArray() ? root : root.path("data");
        if (items.isNull()) {
            return List.of();
        }
        if (!items.isArray()) {
            throw new IllegalArgumentException("expected a JSON list or an object with a \"data\" list");
        }
        return MAPPER.treeToValue(items, PRODUCTS);
    }
}
