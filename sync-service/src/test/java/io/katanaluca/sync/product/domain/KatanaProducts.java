package io.katanaluca.sync.product.domain;

import io.katanaluca.sync.katana.KatanaProduct;
import io.katanaluca.sync.katana.KatanaVariant;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test data builder: {@code aProduct().named("Çelik Boru Ø35").withVariants(3).build()}. */
final class KatanaProducts {

    private long id = 1;
    private String name = "Çelik Boru Ø35×1½";
    private String uom = "pcs";
    private String category = "Borular";
    private final List<KatanaVariant> variants = new ArrayList<>();
    private Instant archivedAt;
    private Instant deletedAt;

    static KatanaProducts aProduct() {
        return new KatanaProducts();
    }

    KatanaProducts withId(long id) {
        this.id = id;
        return this;
    }

    KatanaProducts named(String name) {
        this.name = name;
        return this;
    }

    KatanaProducts withUom(String uom) {
        this.uom = uom;
        return this;
    }

    KatanaProducts inCategory(String category) {
        this.category = category;
        return this;
    }

    KatanaProducts withVariants(int count) {
        for (int i = 1; i <= count; i++) {
            withVariant(aVariant(id * 100 + i, "SKU-" + id + "-" + i, "Renk " + i));
        }
        return this;
    }

    KatanaProducts withVariant(KatanaVariant variant) {
        variants.add(variant);
        return this;
    }

    KatanaProducts archivedAt(String instant) {
        this.archivedAt = Instant.parse(instant);
        return this;
    }

    KatanaProducts deletedAt(String instant) {
        this.deletedAt = Instant.parse(instant);
        return this;
    }

    KatanaProduct build() {
        return new KatanaProduct(id, name, uom, category, "product", variants, Instant.parse("2026-01-01T00:00:00Z"), archivedAt, deletedAt);
    }

    static KatanaVariant aDeletedVariant(long id, String sku, String deletedAt) {
        KatanaVariant live = aVariant(id, sku, null);
        return new KatanaVariant(id, sku, live.salesPrice(), live.purchasePrice(), null, live.registeredBarcode(), List.of(),
                live.updatedAt(), Instant.parse(deletedAt));
    }

    static KatanaVariant aVariant(long id, String sku, String option) {
        return new KatanaVariant(id, sku, new BigDecimal("1250.5000000000"), new BigDecimal("900"), null, "869000" + id,
                option == null ? List.of() : List.of(new KatanaVariant.ConfigAttribute("Renk", option)), Instant.parse("2026-01-01T00:00:00Z"));
    }
}
