package io.katanaluca.sync.product;

/**
 * One Katana variant after mapping: either the stock card draft Luca should hold, or the reason
 * it cannot have one. Identity fields are kept on both so a failure names product and variant.
 */
public record MappedVariant(long productId, long variantId, String rawSku, StockCardDraft draft, String invalidReason) {

    static MappedVariant valid(long productId, long variantId, String rawSku, StockCardDraft draft) {
        return new MappedVariant(productId, variantId, rawSku, draft, null);
    }

    static MappedVariant invalid(long productId, long variantId, String rawSku, String reason) {
        return new MappedVariant(productId, variantId, rawSku, null, reason);
    }

    public boolean isValid() {
        return draft != null;
    }

    /** The Luca card code, or null when the variant has no usable SKU. */
    public String cardCode() {
        return draft == null ? null : draft.kartKodu();
    }
}
