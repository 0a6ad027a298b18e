package io.katanaluca.sync.katana;

import java.io.InputStream;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
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

    /** Read the list and stop there, leaving whatever follows it in the envelope unread. */
    static final ObjectReader PRODUCTS = listReader(new TypeReference<List<KatanaProduct>>() {
    });
    static final ObjectReader CUSTOMERS = listReader(new TypeReference<List<KatanaCustomer>>() {
    });
    static final ObjectReader VARIANT_REFS = listReader(new TypeReference<List<KatanaVariantRef>>() {
    });
    static final ObjectReader SALES_ORDERS = listReader(new TypeReference<List<KatanaSalesOrder>>() {
    });
    static final ObjectReader SHIPPING_FEES = listReader(new TypeReference<List<KatanaShippingFee>>() {
    });
    static final ObjectReader TAX_RATES = listReader(new TypeReference<List<KatanaTaxRate>>() {
    });
    static final ObjectReader FULFILLMENTS = listReader(new TypeReference<List<KatanaFulfillment>>() {
    });

    private KatanaJson() {
    }

    /**
     * Lists come as {@code {"data":[...]}}; a bare array (seen on some endpoints) is accepted too.
     * Streamed straight into the records rather than through a tree, which would hold the page
     * twice and turn {@code 980.50} into a double.
     */
    static List<KatanaProduct> readProducts(InputStream body) {
        return readList(body, PRODUCTS);
    }

    /** As {@link #readProducts}, for any list: {@code reader} reads the items of one endpoint. */
    static <T> List<T> readList(InputStream body, ObjectReader reader) {
        try (JsonParser parser = MAPPER.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return reader.readValue(parser);
            }
            if (first == JsonToken.START_OBJECT) {
                return readData(parser, reader);
            }
            throw new IllegalArgumentException("expected a JSON list or an object with a \"data\" list");
        }
    }

    private static ObjectReader listReader(TypeReference<?> type) {
        return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private static <T> List<T> readData(JsonParser parser, ObjectReader reader) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            boolean isData = "data".equals(parser.currentName());
            JsonToken value = parser.nextToken();
            if (isData && value == JsonToken.START_ARRAY) {
                return reader.readValue(parser);
            }
            if (isData && value == JsonToken.VALUE_NULL) {
                return List.of();
            }
            if (isData) {
                throw new IllegalArgumentException("\"data\" is not a list");
            }
            parser.skipChildren();
        }
        throw new IllegalArgumentException("the response has no \"data\" list");
    }
}
