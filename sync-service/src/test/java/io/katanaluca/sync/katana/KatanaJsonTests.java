package io.katanaluca.sync.katana;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KatanaJsonTests {

    @Test
    void shouldReadMoneyFromStringsNumbersAndNullsKeepingTheScale() {
        // when
        List<KatanaVariant> variants = read("""
                {"data":[{"id":1,"name":"P","variants":[
                  {"id":11,"sales_price":"1250.0000000000","purchase_price":980.50},
                  {"id":12,"sales_price":40,"purchase_price":null},
                  {"id":13,"sales_price":"","purchase_price":"0.10"}]}]}""").get(0).variants();

        // then
        assertThat(variants).extracting(KatanaVariant::salesPrice)
                .containsExactly(new BigDecimal("1250.0000000000"), new BigDecimal("40"), null);
        assertThat(variants).extracting(KatanaVariant::purchasePrice)
                .containsExactly(new BigDecimal("980.50"), null, new BigDecimal("0.10"));
    }

    @Test
    void shouldReadSnakeCaseFieldsNestedVariantsAndTimestamps() {
        // when
        KatanaProduct product = read("""
                {"data":[{"id":7,"name":"Kaşar Peyniri","uom":"kg","category_name":"Süt Ürünleri","type":"product",
                  "created_at":"2020-10-20T10:00:00.000Z","updated_at":"2020-10-23T10:37:05.085Z",
                  "archived_at":"2021-01-01T00:00:00.000Z","deleted_at":null,
                  "variants":[{"id":71,"sku":"KSR-1","internal_barcode":"8690001","registered_barcode":"8690002",
                    "updated_at":"2020-10-23T10:37:05.085Z",
                    "config_attributes":[{"config_name":"Ağırlık","config_value":"500 g"}]}]}]}""").get(0);

        // then
        assertThat(product.categoryName()).isEqualTo("Süt Ürünleri");
        assertThat(product.updatedAt()).isEqualTo(Instant.parse("2020-10-23T10:37:05.085Z"));
        assertThat(product.archivedAt()).isEqualTo(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(product.deletedAt()).isNull();
        KatanaVariant variant = product.variants().get(0);
        assertThat(variant.internalBarcode()).isEqualTo("8690001");
        assertThat(variant.registeredBarcode()).isEqualTo("8690002");
        assertThat(variant.configAttributes()).containsExactly(new KatanaVariant.ConfigAttribute("Ağırlık", "500 g"));
    }

    @Test
    void shouldIgnoreFieldsItDoesNotKnow() {
        // when
        List<KatanaProduct> products = read("""
                {"data":[{"id":1,"name":"P","is_sellable":true,"configs":[{"id":1,"name":"Renk","values":["Mavi"]}],
                  "supplier":{"id":3},"custom_field_collection_id":null,"brand_new_field":[1,2],
                  "variants":[{"id":11,"supplier_item_codes":["A"],"custom_fields":[],"lead_time":3}]}]}""");

        // then
        assertThat(products).extracting(KatanaProduct::id).containsExactly(1L);
        assertThat(products.get(0).variants()).extracting(KatanaVariant::id).containsExactly(11L);
    }

    @Test
    void shouldAcceptABareListAndAnEmptyOrNullData() {
        assertThat(read("[{\"id\":1,\"name\":\"P\"}]")).extracting(KatanaProduct::id).containsExactly(1L);
        assertThat(read("{\"data\":[]}")).isEmpty();
        assertThat(read("{\"data\":null}")).isEmpty();
        assertThat(read("[{\"id\":1}]").get(0).variants()).isEmpty();
    }

    private static List<KatanaProduct> read(String json) {
        return KatanaJson.readProducts(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
