package io.katanaluca.sync.product.domain;

import java.util.List;

/**
 * One Katana variant after mapping: either the stock card draft Luca should hold, or the reason
 * it cannot have one. Identity fields are kept on both so a failure names product and variant.
 *
 * @param warnings what the mapping changed to make the card fit (e.g. a name cut to Luca's length)
 */
public record MappedVariant(long productId, long variantId, String rawSku, StockCardDraft draft, String invalidReason,
        List<String> warnings) {

    public MappedVariant {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Without warnings, the shape before warnings existed. */
    public MappedVariant(long productId, long variantId, String rawSku, StockCardDraft draft, String invalidReason) {
        this(productId, variantId, rawSku, draft, invalidReason, List.of());
    }

    static MappedVariant valid(long productId, long variantId, String rawSku, StockCardDraft draft, List<String> warnings) {
        return new MappedVariant(productId, variantId, rawSku, draft, null, warnings);
    }

    static MappedVariant invalid(long productId, long variantId, String rawSku, String reason) {
        return new MappedVariant(productId, variantId, rawSku, null, reason, List.of());
    }

    public boolean isValid() {
        return draft != null;
    }

    /** The Luca card code, or null when the variant has no usable SKU. */
    public String cardCode() {
        return draft == null ? null : draft.kartKodu();
    }
}
