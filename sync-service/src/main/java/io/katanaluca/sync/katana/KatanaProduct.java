package io.katanaluca.sync.katana;

import java.time.Instant;
import java.util.List;

/** A Katana product (or material) as read from the list endpoint, with all its variants. */
public record KatanaProduct(
        long id,
        String name,
        String uom,
        String categoryName,
        String type,
        List<KatanaVariant> variants,
        Instant updatedAt,
        Instant archivedAt,
        Instant deletedAt) {

    public KatanaProduct {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
