package io.katanaluca.sync.product;

import io.katanaluca.sync.katana.KatanaProduct;
import io.katanaluca.sync.katana.KatanaVariant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Maps every variant of a Katana product to a Luca stock card draft. The SKU becomes the card
 * code trimmed but otherwise untouched: no upper-casing, no ASCII folding, so Turkish text and
 * symbols survive and codes match what people see in Katana.
 */
public final class StockCardMapper {

    static final int STOCK_CARD = 1;

    private final MappingRules rules;
    private final UnitCatalogue units;
    private final LocalDate today;

    public StockCardMapper(MappingRules rules, UnitCatalogue units, LocalDate today) {
        this.rules = rules;
        this.units = units;
        this.today = today;
    }

    public List<MappedVariant> map(KatanaProduct product) {
        return product.variants().stream().map(variant -> map(product, variant)).toList();
    }

    MappedVariant map(KatanaProduct product, KatanaVariant variant) {
        if (variant.sku() == null || variant.sku().isBlank()) {
            return MappedVariant.invalid(product.id(), variant.id(), variant.sku(),
                    "Variant " + variant.id() + " of product " + product.id() + " '" + product.name()
                            + "' has no SKU; give it a SKU in Katana to sync it");
        }
        Optional<String> unitCode = rules.unitCodeFor(product.uom());
        if (unitCode.isEmpty()) {
            return MappedVariant.invalid(product.id(), variant.id(), variant.sku(),
                    "Unit '" + product.uom() + "' of product " + product.id() + " has no Luca unit in sync.mapping.units");
        }
        Optional<Long> unitId = units.idOf(unitCode.get());
        if (unitId.isEmpty()) {
            return MappedVariant.invalid(product.id(), variant.id(), variant.sku(),
                    "Luca has no unit '" + unitCode.get() + "' (mapped from '" + product.uom() + "'); known units: " + units.knownCodes());
        }
        return MappedVariant.valid(product.id(), variant.id(), variant.sku(), draft(product, variant, unitId.get()));
    }

    private StockCardDraft draft(KatanaProduct product, KatanaVariant variant, long unitId) {
        return new StockCardDraft(variant.sku().trim(), cardName(product, variant), STOCK_CARD, today,
                barcode(variant), unitId, rules.categoryCode(), rules.vatRate(),
                variant.purchasePrice(), variant.salesPrice());
    }

    /** Product name plus the variant's option values, so sibling variants are told apart in Luca. */
    static String cardName(KatanaProduct product, KatanaVariant variant) {
        String options = variant.configAttributes().stream()
                .map(KatanaVariant.ConfigAttribute::configValue)
                .filter(value -> value != null && !value.isBlank())
                .collect(Collectors.joining(" / "));
        String name = product.name() == null || product.name().isBlank() ? variant.sku().trim() : product.name().trim();
        return options.isEmpty() ? name : name + " (" + options + ")";
    }

    private static String barcode(KatanaVariant variant) {
        if (variant.registeredBarcode() != null && !variant.registeredBarcode().isBlank()) {
            return variant.registeredBarcode().trim();
        }
        return variant.internalBarcode() == null || variant.internalBarcode().isBlank() ? null : variant.internalBarcode().trim();
    }
}
