package io.katanaluca.sync.product;

import io.katanaluca.sync.mapping.FieldLimits;
import io.katanaluca.sync.product.domain.MappingRules;
import io.katanaluca.sync.run.SyncType;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The stock card part of the mapping rules block, {@code sync.mapping.*} (customers have theirs
 * under {@code sync.mapping.customers}; field limits and truncation are shared: {@code SyncProperties.Mapping}).
 *
 * @param units Katana uom → Luca unit code; default pcs/adet/ea→ADET, kg→KG, m→M, l→LT
 * @param defaultUnit Luca unit code for any other uom; empty means such variants fail
 * @param vatRate VAT rate sent on the card (Luca's expected format is uncertain: see README)
 * @param categoryCode Luca category tree code for a category not in {@code categories}; empty sends none
 * @param categories Katana category name → Luca category tree code
 * @param vatRates Katana category name → VAT rate overriding {@code vatRate}
 * @param variantNameTemplate card name of a variant with options: {product}, {options}, {sku}
 * @param optionSeparator between option values
 * @param materials the defaults of material cards
 */
@ConfigurationProperties("sync.mapping")
public record StockCardMappingProperties(Map<String, String> units, String defaultUnit, BigDecimal vatRate, String categoryCode,
        Map<String, String> categories, Map<String, BigDecimal> vatRates, String variantNameTemplate, String optionSeparator,
        Materials materials) {

    public StockCardMappingProperties {
        units = units == null || units.isEmpty()
                ? Map.of("pcs", "ADET", "adet", "ADET", "ea", "ADET", "kg", "KG", "m", "M", "l", "LT")
                : units;
        defaultUnit = defaultUnit == null || defaultUnit.isBlank() ? null : defaultUnit;
        vatRate = vatRate == null ? new BigDecimal("0.20") : vatRate;
        categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
        materials = materials == null ? new Materials(false) : materials;
    }

    /** The rules of a product run, or of a material run with the material defaults. */
    public MappingRules toRules(SyncType type, FieldLimits limits) {
        MappingRules rules = new MappingRules(units, defaultUnit, vatRate, categoryCode, categories, vatRates, variantNameTemplate,
                optionSeparator, limits, true);
        return type == SyncType.MATERIAL ? rules.forMaterials(materials.sellable()) : rules;
    }

    /** @param sellable whether material cards are sent as sellable ({@code satilabilirFlag}); default no */
    public record Materials(boolean sellable) {
    }
}
