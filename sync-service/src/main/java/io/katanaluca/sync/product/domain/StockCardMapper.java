package io.katanaluca.sync.product.domain;

import io.katanaluca.sync.katana.KatanaProduct;
import io.katanaluca.sync.katana.KatanaVariant;
import io.katanaluca.sync.mapping.Fitting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Maps every variant of a Katana product (or material) to a Luca stock card draft. The SKU becomes
 * the card code trimmed but otherwise untouched: no upper-casing, no ASCII folding, so Turkish
 * text and symbols survive and codes match what people see in Katana.
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

    /** The live variants of a product: none when the product itself is deleted or archived. */
    public List<MappedVariant> map(KatanaProduct product) {
        if (isRemoved(product)) {
            return List.of();
        }
        return product.variants().stream().filter(variant -> variant.deletedAt() == null).map(variant -> map(product, variant)).toList();
    }

    /** The variants Katana deleted or archived, each with what happened to it (or to its product). */
    public static List<RemovedVariant> removed(KatanaProduct product) {
        String owner = product.type() == null ? "product" : product.type();
        String who = owner.substring(0, 1).toUpperCase(Locale.ROOT) + owner.substring(1) + " " + product.id() + " '" + product.name() + "'";
        String productGone = product.deletedAt() != null ? who + " was deleted in Katana at " + product.deletedAt()
                : product.archivedAt() != null ? who + " was archived in Katana at " + product.archivedAt() : null;
        return product.variants().stream()
                .filter(variant -> productGone != null || variant.deletedAt() != null)
                .map(variant -> new RemovedVariant(product.id(), variant.id(), variant.sku(), productGone != null ? productGone
                        : "Variant " + variant.id() + " of " + owner + " " + product.id() + " was deleted in Katana at " + variant.deletedAt()))
                .toList();
    }

    private static boolean isRemoved(KatanaProduct product) {
        return product.deletedAt() != null || product.archivedAt() != null;
    }

    MappedVariant map(KatanaProduct product, KatanaVariant variant) {
        String who = "Variant " + variant.id() + " of product " + product.id() + " '" + product.name() + "'";
        if (variant.sku() == null || variant.sku().isBlank()) {
            return MappedVariant.invalid(product.id(), variant.id(), variant.sku(), who + " has no SKU; give it a SKU in Katana to sync it");
        }
        Optional<String> problem = unitProblem(product).or(() -> priceProblem(who, variant));
        if (problem.isPresent()) {
            return MappedVariant.invalid(product.id(), variant.id(), variant.sku(), problem.get());
        }
        Fitting fitting = rules.limits().newFitting();
        StockCardDraft draft = draft(product, variant, fitting);
        return fitting.failure().map(failure -> MappedVariant.invalid(product.id(), variant.id(), variant.sku(), who + ": " + failure))
                .orElseGet(() -> MappedVariant.valid(product.id(), variant.id(), variant.sku(), draft, fitting.warnings()));
    }

    private Optional<String> unitProblem(KatanaProduct product) {
        Optional<String> unitCode = rules.unitCodeFor(product.uom());
        if (unitCode.isEmpty()) {
            return Optional.of("Unit '" + product.uom() + "' of product " + product.id() + " has no Luca unit in sync.mapping.units;"
                    + " known Luca units: " + units.knownCodes());
        }
        return units.idOf(unitCode.get()).isPresent() ? Optional.empty()
                : Optional.of("Luca has no unit '" + unitCode.get() + "' (mapped from '" + product.uom() + "'); known units: " + units.knownCodes());
    }

    /** Katana allows 0..1e11; a negative price is kept out of the books rather than guessed at. */
    private static Optional<String> priceProblem(String who, KatanaVariant variant) {
        return negative("sales price", variant.salesPrice()).or(() -> negative("purchase price", variant.purchasePrice()))
                .map(price -> who + " (SKU '" + variant.sku() + "') has a negative " + price + "; fix it in Katana");
    }

    private static Optional<String> negative(String what, BigDecimal price) {
        return price != null && price.signum() < 0 ? Optional.of(what + " (" + price.toPlainString() + ")") : Optional.empty();
    }

    private StockCardDraft draft(KatanaProduct product, KatanaVariant variant, Fitting fitting) {
        String code = fitting.requireFits("kartKodu", variant.sku().trim(), "shorten the SKU in Katana");
        String name = fitting.fit("kartAdi", cardName(product, variant));
        long unitId = units.idOf(rules.unitCodeFor(product.uom()).orElseThrow()).orElseThrow();
        return new StockCardDraft(code, name, STOCK_CARD, today, barcode(variant), unitId, rules.categoryCodeFor(product.categoryName()),
                rules.vatRateFor(product.categoryName()), variant.purchasePrice(), variant.salesPrice(), rules.sellable());
    }

    /** Product name plus the variant's option values (by the name template), so sibling variants are told apart in Luca. */
    String cardName(KatanaProduct product, KatanaVariant variant) {
        String options = variant.configAttributes().stream()
                .map(KatanaVariant.ConfigAttribute::configValue)
                .filter(value -> value != null && !value.isBlank())
                .collect(Collectors.joining(rules.optionSeparator()));
        String name = product.name() == null || product.name().isBlank() ? variant.sku().trim() : product.name().trim();
        return options.isEmpty() ? name : rules.variantName(name, options, variant.sku().trim());
    }

    private static String barcode(KatanaVariant variant) {
        if (variant.registeredBarcode() != null && !variant.registeredBarcode().isBlank()) {
            return variant.registeredBarcode().trim();
        }
        return variant.internalBarcode() == null || variant.internalBarcode().isBlank() ? null : variant.internalBarcode().trim();
    }
}
