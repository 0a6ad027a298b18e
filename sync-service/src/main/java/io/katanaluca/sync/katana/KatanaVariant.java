package io.katanaluca.sync.katana;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A Katana variant; money fields arrive as numbers or strings and are read as BigDecimal. */
public record KatanaVariant(
        long id,
        String sku,
        BigDecimal salesPrice,
        BigDecimal purchasePrice,
        String internalBarcode,
        String registeredBarcode,
        List<ConfigAttribute> configAttributes,
        Instant updatedAt,
        Instant deletedAt) {

    public KatanaVariant {
        configAttributes = configAttributes == null ? List.of() : List.copyOf(configAttributes);
    }

    /** A live variant (not deleted). */
    public KatanaVariant(long id, String sku, BigDecimal salesPrice, BigDecimal purchasePrice, String internalBarcode,
            String registeredBarcode, List<ConfigAttribute> configAttributes, Instant updatedAt) {
        this(id, sku, salesPrice, purchasePrice, internalBarcode, registeredBarcode, configAttributes, updatedAt, null);
    }

    public record ConfigAttribute(String configName, String configValue) {
    }
}
