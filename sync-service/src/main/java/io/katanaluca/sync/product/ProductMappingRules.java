package io.katanaluca.sync.product;

import io.katanaluca.sync.product.domain.MappingRules;
import io.katanaluca.sync.run.SyncProperties;
import io.katanaluca.sync.run.SyncType;
import org.springframework.stereotype.Component;

/** The stock card mapping rules of {@code sync.mapping.*}: products', or materials' with the material defaults. */
@Component
class ProductMappingRules {

    private final StockCardMappingProperties cards;
    private final SyncProperties sync;

    ProductMappingRules(StockCardMappingProperties cards, SyncProperties sync) {
        this.cards = cards;
        this.sync = sync;
    }

    MappingRules of(SyncType type) {
        MappingRules rules = new MappingRules(cards.units(), cards.defaultUnit(), cards.vatRate(), cards.categoryCode(),
                cards.categories(), cards.vatRates(), cards.variantNameTemplate(), cards.optionSeparator(), sync.mapping().limits(), true);
        return type == SyncType.MATERIAL ? rules.forMaterials(cards.materials().sellable()) : rules;
    }
}
