package io.katanaluca.sync.katana;

/** A variant as {@code GET /variants} lists it: enough to find the product or material it belongs to. */
public record KatanaVariantRef(long id, String sku, Long productId, Long materialId) {

    public boolean isMaterial() {
        return materialId != null;
    }
}
