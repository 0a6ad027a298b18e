package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Generates products and materials with 1-5 variants each, deterministic for a seed. */
final class ItemGenerator {

    private static final long PRODUCT_IDS = 1_000_000L;
    private static final long MATERIAL_IDS = 5_000_000L;
    private static final int MAX_VARIANTS = 5;

    private final Random random;
    private final GeneratorClock clock;
    private long nextVariantId = 20_000_001L;
    private long nextConfigId = 300_001L;

    ItemGenerator(Random random, GeneratorClock clock) {
        this.random = random;
        this.clock = clock;
    }

    /** Product number n gets id 1000000+n and SKUs TR-00000n-1.., every third with prices as text. */
    ObjectNode product(int number) {
        TurkishWords.Kind kind = TurkishWords.pick(random, TurkishWords.PRODUCTS);
        ObjectNode product = header(PRODUCT_IDS + number, kind);
        product.put("is_producible", random.nextBoolean());
        product.put("is_purchasable", random.nextInt(4) != 0);
        product.put("is_auto_assembly", false);
        return finish(product, new Owner(PRODUCT_IDS + number, "product", "TR", number, number % 3 == 0));
    }

    ObjectNode material(int number) {
        TurkishWords.Kind kind = TurkishWords.pick(random, TurkishWords.MATERIALS);
        ObjectNode material = header(MATERIAL_IDS + number, kind);
        return finish(material, new Owner(MATERIAL_IDS + number, "material", "HM", number, number % 3 == 0));
    }

    private ObjectNode header(long id, TurkishWords.Kind kind) {
        ObjectNode item = Json.object();
        item.put("id", id);
        item.put("name", name(kind));
        item.put("uom", kind.uom());
        item.put("category_name", kind.category());
        item.put("is_sellable", true);
        return item;
    }

    private String name(TurkishWords.Kind kind) {
        String name = TurkishWords.pick(random, TurkishWords.QUALIFIERS) + " " + kind.noun();
        return random.nextBoolean() ? name + " " + TurkishWords.pick(random, TurkishWords.SPECS) : name;
    }

    private ObjectNode finish(ObjectNode item, Owner owner) {
        Instant created = clock.next();
        Instant updated = created.plus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)));
        putUnusedFeatures(item);
        item.put("type", owner.type());
        int variantCount = 1 + random.nextInt(MAX_VARIANTS);
        Config config = config(owner.id(), variantCount);
        item.set("configs", config.toJson(owner.id()));
        item.set("variants", variants(owner, config, variantCount, created, updated));
        item.putNull("archived_at");
        item.put("created_at", Timestamps.format(created));
        item.put("updated_at", Timestamps.format(updated));
        item.putNull("deleted_at");
        return item;
    }

    /** Fields the sync ignores but Katana always sends. */
    private static void putUnusedFeatures(ObjectNode item) {
        item.put("batch_tracked", false);
        item.put("serial_tracked", false);
        item.put("operations_in_sequence", false);
        item.putNull("default_supplier_id");
        item.put("additional_info", "");
        item.putNull("purchase_uom");
        item.putNull("purchase_uom_conversion_rate");
        item.putNull("custom_field_collection_id");
    }

    /** Single-variant items have no configs, as in Katana. */
    private Config config(long ownerId, int variantCount) {
        if (variantCount == 1) {
            return Config.NONE;
        }
        boolean colour = ownerId % 2 == 0;
        List<String> values = (colour ? TurkishWords.COLOURS : TurkishWords.SIZES).subList(0, variantCount);
        return new Config(nextConfigId++, colour ? "Renk" : "Boyut", values);
    }

    private ArrayNode variants(Owner owner, Config config, int count, Instant created, Instant updated) {
        ArrayNode variants = Json.array();
        for (int index = 0; index < count; index++) {
            variants.add(variant(owner, config.attribute(index), index + 1, created, updated));
        }
        return variants;
    }

    private ObjectNode variant(Owner owner, ArrayNode attributes, int index, Instant created, Instant updated) {
        long id = nextVariantId++;
        ObjectNode variant = Json.object();
        variant.put("id", id);
        variant.put("sku", String.format("%s-%06d-%d", owner.skuPrefix(), owner.number(), index));
        putPrices(variant, owner);
        variant.put(owner.isProduct() ? "product_id" : "material_id", owner.id());
        variant.putNull(owner.isProduct() ? "material_id" : "product_id");
        variant.put("type", owner.type());
        putBarcodes(variant, id);
        variant.putArray("supplier_item_codes");
        variant.putNull("lead_time");
        variant.putNull("minimum_order_quantity");
        variant.set("config_attributes", attributes);
        variant.putArray("custom_fields");
        variant.put("created_at", Timestamps.format(created));
        variant.put("updated_at", Timestamps.format(updated));
        variant.putNull("deleted_at");
        return variant;
    }

    /** Materials are bought, not sold: Katana gives their variants no sales price. */
    private void putPrices(ObjectNode variant, Owner owner) {
        BigDecimal sales = BigDecimal.valueOf(500 + random.nextInt(999_500), 2);
        BigDecimal purchase = sales.multiply(BigDecimal.valueOf(45 + random.nextInt(35), 2))
                .setScale(2, RoundingMode.HALF_UP);
        Prices.put(variant, "sales_price", owner.isProduct() ? sales : null, owner.pricesAsText());
        Prices.put(variant, "purchase_price", purchase, owner.pricesAsText());
    }

    /** Derived from the variant id so barcodes never collide; some are missing, as in real data. */
    private void putBarcodes(ObjectNode variant, long id) {
        if (random.nextInt(10) < 6) {
            variant.put("internal_barcode", String.format("%08d", id % 100_000_000L));
        } else {
            variant.putNull("internal_barcode");
        }
        if (random.nextInt(10) < 6) {
            variant.put("registered_barcode", Ean13.of("869" + String.format("%09d", id % 1_000_000_000L)));
        } else {
            variant.putNull("registered_barcode");
        }
    }

    private record Owner(long id, String type, String skuPrefix, int number, boolean pricesAsText) {
        boolean isProduct() {
            return "product".equals(type);
        }
    }
}
