package io.katanaluca.sync.product;

import io.katanaluca.sync.product.domain.MappingRules;
import io.katanaluca.sync.run.SyncProperties;
import io.katanaluca.sync.run.SyncType;

/** The stock card mapping rules of {@code sync.mapping.*}: products', or materials' with the material defaults. */
final class ProductMappingRules {

    private ProductMappingRules() {
    }

    static MappingRules of(SyncProperties.Mapping mapping, SyncType type) {
        MappingRules rules = new MappingRules(mapping.units(), mapping.defaultUnit(), mapping.vatRate(), mapping.categoryCode(),
                mapping.categories(), mapping.vatRates(), mapping.variantNameTemplate(), mapping.optionSeparator(), mapping.limits(), true);
        return type == SyncType.MATERIAL ? rules.forMaterials(mapping.materials().sellable()) : rules;
    }
}
