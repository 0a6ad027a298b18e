package io.katanaluca.sync;

import io.katanaluca.sim.katana.KatanaCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The awkward-data fixture: 22 kinds of awkward Katana records, each with its documented expected
 * outcome (the README's "Awkward data" table says the same). A record Katana removed before it
 * ever reached Luca (archived product, deleted variant) is expected to have no per-record result
 * and no Luca record.
 */
final class AwkwardCatalogue {

    static final String TURKISH_NAME = "Çç Ğğ Iı İi Öö Şş Üü Ø35×1½ çelik boru";
    static final String TURKISH_SKU = "AWK-TR-ÇĞİÖŞÜ-ø";
    static final String EMOJI_NAME = "Kahve Fincanı ☕ 😀 Çay";
    static final String TURKISH_COMPANY = "Çağ Işık Öğüt Şişe Ürün İĞÜŞÖÇ Ø×½ Ltd. Şti.";
    static final List<String> COLOURS = List.of("Kırmızı", "Mavi", "Yeşil", "Siyah", "Beyaz", "Gri", "Sarı", "Turuncu", "Mor", "Pembe");

    /**
     * One expected per-record result. {@code action} null: the record must have no result at all.
     *
     * @param key {@code <syncType>:<Katana variant or customer id>}
     */
    record Expected(String kind, String key, String sku, String action, String outcome, String reasonPart) {

        boolean isListed() {
            return action != null;
        }
    }

    final KatanaCatalogue catalogue = KatanaCatalogue.empty();
    final List<Expected> expected = new ArrayList<>();
    long shippingOnlyCustomer;
    long personCustomer;
    long turkishCustomer;

    static AwkwardCatalogue build() {
        AwkwardCatalogue fixture = new AwkwardCatalogue();
        fixture.addProducts();
        fixture.addMaterial();
        fixture.addCustomers();
        return fixture;
    }

    private void addProducts() {
        variants("missing SKU", product("Eksik SKU Ürünü", "pcs", variant(null, 10)), "INVALID", "FAILED", "no SKU");
        variants("SKUs equal after trimming", product("Çift Kodlu Ürün", "pcs", variant("AWK-DUP", 10), variant("  AWK-DUP ", 10)),
                "INVALID", "FAILED", "as does");
        variants("300-character name", product("Uzun İsimli Ürün ".repeat(18).substring(0, 300), "pcs", variant("AWK-LONG", 10)),
                "CREATE", "CREATED", null);
        variants("emoji in the name", product(EMOJI_NAME, "pcs", variant("AWK-EMOJI", 10)), "CREATE", "CREATED", null);
        variants("every Turkish letter and Ø × ½", product(TURKISH_NAME, "m", variant(TURKISH_SKU, 10)), "CREATE", "CREATED", null);
        long archived = product("Arşivlenmiş Ürün", "pcs", variant("AWK-ARCH", 10));
        catalogue.archiveProduct(archived);
        variants("archived product (never reached Luca)", archived, null, null, null);
        long withDeleted = product("Silinmiş Varyantlı Ürün", "pcs", variant("AWK-LIVE", 10), variant("AWK-GONE", 10));
        catalogue.deleteVariant(variantIds(withDeleted).get(1));
        expect("deleted variant (never reached Luca)", "PRODUCT", variantIds(withDeleted).get(1), "AWK-GONE", null, null, null);
        expect("live sibling of a deleted variant", "PRODUCT", variantIds(withDeleted).get(0), "AWK-LIVE", "CREATE", "CREATED", null);
        variants("price as a ten-decimal string", product("Fiyatı Metin Ürün", "pcs", variant("AWK-STR", "1250.5000000000")),
                "CREATE", "CREATED", null);
        variants("price zero", product("Bedava Ürün", "pcs", variant("AWK-ZERO", 0)), "CREATE", "CREATED", null);
        variants("negative price", product("Eksi Fiyatlı Ürün", "pcs", variant("AWK-NEG", -5)), "INVALID", "FAILED", "negative sales price");
        variants("price 1e11 (Katana's maximum)", product("Çok Pahalı Ürün", "pcs", variant("AWK-HUGE", 1e11)), "CREATE", "CREATED", null);
        variants("unknown unit", product("Kutulu Ürün", "kutu", variant("AWK-UNIT", 10)), "INVALID", "FAILED", "known Luca units: ADET");
        variants("SKU longer than a card code", product("Uzun Kodlu Ürün", "pcs", variant("AWK-" + "X".repeat(47), 10)),
                "INVALID", "FAILED", "never cut");
        variants("a product with ten variants", tenVariants(), "CREATE", "CREATED", null);
    }

    private void addMaterial() {
        long material = catalogue.addMaterial(Map.of("name", "Çelik Sac Hammadde", "uom", "kg", "variants",
                List.of(variantMap("AWK-HM", null))));
        for (long id : variantIds(material)) {
            expect("material (not sellable)", "MATERIAL", id, "AWK-HM", "CREATE", "CREATED", null);
        }
    }

    private void addCustomers() {
        customer("customer with no name", Map.of("name", "", "currency", "TRY"), "INVALID", "FAILED", "has no name");
        Map<String, Object> twin = Map.of("name", "İkiz Firma", "company", "İkiz Firma A.Ş.", "reference_id", "AWK-REF-1",
                "currency", "TRY", "addresses", List.of(address("billing")));
        customer("two customers with the same reference_id (1)", twin, "INVALID", "FAILED", "as does");
        customer("two customers with the same reference_id (2)", twin, "INVALID", "FAILED", "as does");
        customer("invalid tax number", Map.of("name", "Hatalı Vergi", "company", "Hatalı Vergi Ltd.", "comment", "VKN: 123",
                "currency", "TRY", "addresses", List.of(address("billing"))), "INVALID", "FAILED", "invalid tax number");
        shippingOnlyCustomer = customer("customer with only a shipping address", Map.of("name", "Sevkiyat Firması",
                "company", "Sevkiyat Firması A.Ş.", "currency", "TRY", "addresses", List.of(address("shipping"))), "CREATE", "CREATED", null);
        personCustomer = customer("person with a TCKN", Map.of("name", "Ümit Çağlar", "first_name", "Ümit", "last_name", "Çağlar",
                "comment", "TCKN: 10000000146", "email", "umit@ornek.com.tr", "currency", "TRY", "addresses", List.of(address("billing"))),
                "CREATE", "CREATED", null);
        turkishCustomer = customer("customer with every Turkish letter and Ø × ½", Map.of("name", TURKISH_COMPANY, "company", TURKISH_COMPANY,
                "comment", "Vergi No: 1234567890", "currency", "TRY", "addresses", List.of(address("billing"))), "CREATE", "CREATED", null);
        customer("currency Luca does not know (Luca refuses it)", Map.of("name", "Avustralya Şubesi", "company", "Avustralya Şubesi Pty",
                "currency", "AUD", "addresses", List.of(address("billing"))), "CREATE", "FAILED", "Para birimi bulunamadı");
    }

    private long tenVariants() {
        List<Map<String, Object>> variants = new ArrayList<>();
        for (int i = 0; i < COLOURS.size(); i++) {
            Map<String, Object> variant = variantMap("AWK-TEN-" + (i + 1), 25);
            variant.put("config_attributes", List.of(Map.of("config_name", "Renk", "config_value", COLOURS.get(i))));
            variants.add(variant);
        }
        return catalogue.addProduct(Map.of("name", "On Renkli Fincan", "uom", "pcs",
                "configs", List.of(Map.of("name", "Renk", "values", COLOURS)), "variants", variants));
    }

    private long product(String name, String uom, Map<?, ?>... variants) {
        return catalogue.addProduct(Map.of("name", name, "uom", uom, "category_name", "Deneme", "variants", List.of(variants)));
    }

    private static Map<String, Object> variant(String sku, Object salesPrice) {
        return variantMap(sku, salesPrice);
    }

    private static Map<String, Object> variantMap(String sku, Object salesPrice) {
        Map<String, Object> variant = new HashMap<>();
        variant.put("sku", sku);
        variant.put("sales_price", salesPrice);
        variant.put("purchase_price", "5.0000000000");
        return variant;
    }

    private static Map<String, Object> address(String type) {
        return Map.of("entity_type", type, "line_1", "Atatürk Cad. No:1", "city", "İzmir", "state", "Karşıyaka", "zip", "35530",
                "country", "TR");
    }

    private void variants(String kind, long productId, String action, String outcome, String reasonPart) {
        List<Long> ids = variantIds(productId);
        for (int i = 0; i < ids.size(); i++) {
            String sku = catalogue.product(productId).orElseThrow().path("variants").get(i).path("sku").asString(null);
            expect(kind, "PRODUCT", ids.get(i), sku, action, outcome, reasonPart);
        }
    }

    private long customer(String kind, Map<String, Object> fields, String action, String outcome, String reasonPart) {
        long id = catalogue.addCustomer(fields);
        expect(kind, "CUSTOMER", id, null, action, outcome, reasonPart);
        return id;
    }

    private void expect(String kind, String type, long katanaId, String sku, String action, String outcome, String reasonPart) {
        expected.add(new Expected(kind, type + ":" + katanaId, sku, action, outcome, reasonPart));
    }

    private List<Long> variantIds(long productId) {
        List<Long> ids = new ArrayList<>();
        catalogue.product(productId).orElseThrow().path("variants").forEach(v -> ids.add(v.path("id").asLong()));
        return ids;
    }
}
