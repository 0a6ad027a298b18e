package io.katanaluca.sync.product;

import io.katanaluca.sync.katana.KatanaClient;
import io.katanaluca.sync.katana.KatanaProduct;
import io.katanaluca.sync.katana.KatanaQuery;
import io.katanaluca.sync.katana.KatanaVariantRef;
import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.luca.LucaPayloads;
import io.katanaluca.sync.product.domain.ExistingMapping;
import io.katanaluca.sync.product.domain.MapStockCardCache;
import io.katanaluca.sync.product.domain.MappedVariant;
import io.katanaluca.sync.product.domain.PlannedItem;
import io.katanaluca.sync.product.domain.StockCardMapper;
import io.katanaluca.sync.product.domain.SyncPlanner;
import io.katanaluca.sync.product.domain.UnitCatalogue;
import io.katanaluca.sync.record.Action;
import io.katanaluca.sync.run.MappingPreview;
import io.katanaluca.sync.run.RecordPreview;
import io.katanaluca.sync.run.ResilientLuca;
import io.katanaluca.sync.run.SyncProperties;
import io.katanaluca.sync.run.SyncType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The mapping preview of one variant by SKU: read from Katana, mapped with the current rules and
 * Luca's units, planned against the mapping table and Luca's card with that code, exactly as a run would.
 */
@Service
public class ProductPreview implements RecordPreview {

    private final KatanaClient katana;
    private final LucaClient luca;
    private final ResilientLuca resilient;
    private final JdbcStockCardMappingRepository mappings;
    private final StockCardMappingProperties rules;
    private final SyncProperties properties;
    private final Clock clock;

    ProductPreview(KatanaClient katana, LucaClient luca, ResilientLuca resilient, JdbcStockCardMappingRepository mappings,
            StockCardMappingProperties rules, SyncProperties properties, Clock clock) {
        this.katana = katana;
        this.luca = luca;
        this.resilient = resilient;
        this.mappings = mappings;
        this.rules = rules;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String parameter() {
        return "sku";
    }

    /** Empty when Katana has no live variant with exactly this SKU. */
    @Override
    public Optional<MappingPreview> preview(String sku) {
        Optional<KatanaVariantRef> ref = katana.findVariantsBySku(sku).stream().findFirst();
        return ref.flatMap(this::owner).flatMap(product -> preview(product, ref.get()));
    }

    private Optional<KatanaProduct> owner(KatanaVariantRef ref) {
        KatanaQuery query = ref.isMaterial() ? KatanaQuery.allMaterials().withIds(List.of(ref.materialId()))
                : KatanaQuery.allProducts().withIds(List.of(ref.productId()));
        List<KatanaProduct> found = new ArrayList<>();
        katana.readPagesWhile(query, page -> {
            found.addAll(page.items());
            return false;
        });
        return found.stream().findFirst();
    }

    private Optional<MappingPreview> preview(KatanaProduct product, KatanaVariantRef ref) {
        boolean material = ref.isMaterial();
        SyncType type = material ? SyncType.MATERIAL : SyncType.PRODUCT;
        StockCardMapper mapper = new StockCardMapper(rules.toRules(type, properties.mapping().limits()), units(),
                LocalDate.now(clock.withZone(properties.timeZone())));
        return mapper.map(product).stream().filter(variant -> variant.variantId() == ref.id()).findFirst()
                .map(variant -> preview(type, plan(variant)));
    }

    private PlannedItem plan(MappedVariant variant) {
        Optional<ExistingMapping> mapping = Optional.ofNullable(mappings.findByVariantIds(List.of(variant.variantId())).get(variant.variantId()));
        Map<String, Long> cards = new HashMap<>();
        if (variant.isValid()) {
            resilient.call(() -> luca.findStockCardByCode(variant.cardCode())).ifPresent(card -> cards.put(card.kartKodu(), card.skartId()));
        }
        return new SyncPlanner(new MapStockCardCache(cards)).plan(variant, mapping);
    }

    private static MappingPreview preview(SyncType type, PlannedItem item) {
        MappedVariant variant = item.variant();
        Map<String, Object> payload = !variant.isValid() ? null
                : item.action() == Action.UPDATE ? LucaPayloads.stockCardUpdate(item.skartId(), variant.draft())
                : LucaPayloads.stockCardCreate(variant.draft());
        String endpoint = switch (item.action()) {
            case CREATE -> LucaPayloads.createStockCardEndpoint();
            case UPDATE -> LucaPayloads.updateStockCardEndpoint();
            default -> null;
        };
        return new MappingPreview(type, variant.variantId(), variant.productId(), variant.rawSku(), variant.cardCode(), item.action(),
                item.skartId(), item.reason(), variant.warnings(), List.of(), endpoint, payload,
                payload == null ? null : LucaPayloads.json(payload));
    }

    @Override
    public String notFound(String sku) {
        return "Katana has no variant with SKU '" + sku + "' (archived and deleted ones are not synced; SKUs match exactly)";
    }

    private UnitCatalogue units() {
        return LucaUnits.load(luca, resilient);
    }
}
