package io.katanaluca.sync.product.domain;

import io.katanaluca.sync.mapping.FieldLimits;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The mapping decisions that belong to the user, not the code: which Luca unit a Katana
 * {@code uom} means, which VAT rate and category a card gets, how variant cards are named, what
 * happens to text longer than Luca takes.
 *
 * @param unitCodes Katana uom (case-insensitive) → Luca unit code, e.g. {@code pcs → ADET}
 * @param defaultUnitCode Luca unit code for a uom not in the map; null means such a variant fails
 * @param vatRate sent as {@code kartAlisKdvOran} and {@code kartSatisKdvOran} unless the category has its own; null sends none
 * @param categoryCode Luca {@code kategoriAgacKod} for a category not in {@code categoryCodes}; null sends none
 * @param categoryCodes Katana {@code category_name} (case-insensitive, Turkish rules) → Luca {@code kategoriAgacKod}
 * @param vatRates Katana {@code category_name} → VAT rate overriding {@code vatRate}
 * @param variantNameTemplate name of a card whose variant has option values: {@code {product}}, {@code {options}}, {@code {sku}}
 * @param optionSeparator between the option values in {@code {options}}
 * @param limits Luca's field lengths and the truncation policy
 * @param sellable sent as {@code satilabilirFlag}: true for products, a setting for materials
 */
public record MappingRules(Map<String, String> unitCodes, String defaultUnitCode, BigDecimal vatRate, String categoryCode,
        Map<String, String> categoryCodes, Map<String, BigDecimal> vatRates, String variantNameTemplate, String optionSeparator,
        FieldLimits limits, boolean sellable) {

    public static final String DEFAULT_VARIANT_NAME_TEMPLATE = "{product} ({options})";
    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    public MappingRules {
        unitCodes = normalised(unitCodes, uom -> uom.trim().toLowerCase(Locale.ROOT));
        categoryCodes = normalised(categoryCodes, MappingRules::categoryKey);
        vatRates = normalised(vatRates, MappingRules::categoryKey);
        variantNameTemplate = variantNameTemplate == null || variantNameTemplate.isBlank() ? DEFAULT_VARIANT_NAME_TEMPLATE : variantNameTemplate;
        optionSeparator = optionSeparator == null ? " / " : optionSeparator;
        limits = limits == null ? FieldLimits.defaults() : limits;
    }

    /** Units, one VAT rate and one category for every card: the shape before the other rules existed. */
    public MappingRules(Map<String, String> unitCodes, String defaultUnitCode, BigDecimal vatRate, String categoryCode) {
        this(unitCodes, defaultUnitCode, vatRate, categoryCode, null, null, null, null, null, true);
    }

    /** The same rules for material cards, which are sellable only if configured so. */
    public MappingRules forMaterials(boolean materialsSellable) {
        return new MappingRules(unitCodes, defaultUnitCode, vatRate, categoryCode, categoryCodes, vatRates, variantNameTemplate,
                optionSeparator, limits, materialsSellable);
    }

    /** The Luca unit code configured for a Katana uom, if any. */
    public Optional<String> unitCodeFor(String uom) {
        if (uom == null || uom.isBlank()) {
            return Optional.ofNullable(defaultUnitCode);
        }
        return Optional.ofNullable(unitCodes.getOrDefault(uom.trim().toLowerCase(Locale.ROOT), defaultUnitCode));
    }

    public String categoryCodeFor(String categoryName) {
        return categoryName == null ? categoryCode : categoryCodes.getOrDefault(categoryKey(categoryName), categoryCode);
    }

    public BigDecimal vatRateFor(String categoryName) {
        return categoryName == null ? vatRate : vatRates.getOrDefault(categoryKey(categoryName), vatRate);
    }

    /** The card name of a variant with option values; a variant without any is named after its product alone. */
    public String variantName(String productName, String options, String sku) {
        return variantNameTemplate.replace("{product}", productName).replace("{options}", options).replace("{sku}", sku);
    }

    private static String categoryKey(String name) {
        return name.trim().toLowerCase(TURKISH);
    }

    private static <V> Map<String, V> normalised(Map<String, V> map, java.util.function.UnaryOperator<String> key) {
        Map<String, V> normalised = new TreeMap<>();
        (map == null ? Map.<String, V>of() : map).forEach((k, value) -> normalised.put(key.apply(k), value));
        return Map.copyOf(normalised);
    }
}
