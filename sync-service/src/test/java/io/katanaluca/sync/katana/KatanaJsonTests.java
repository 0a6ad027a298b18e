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
    void shouldReadSalesOrderAmountsExactlyWhetherStringsOrNumbersNeverThroughADouble() {
        // when: more digits than a double holds, as a number and as a string
        KatanaSalesOrder order = KatanaJson.<KatanaSalesOrder>readList(new ByteArrayInputStream("""
                {"data":[{"id":30000001,"order_no":"SO-1","status":"DELIVERED","currency":"EUR","conversion_rate":35.421712345678901234,
                  "total":1234567890123.45,"sales_order_rows":[{"id":31000001,"variant_id":7,"quantity":2.5,
                  "price_per_unit":"0.1000000000","total_discount":"10.00","total":12345678901234567.89}],
                  "shipping_fee":{"id":34000001,"sales_order_id":30000001,"amount":"25.50","tax_rate_id":1,"description":"Kargo"},
                  "addresses":[{"id":32000001,"entity_type":"billing","line_1":"İnönü Sok.","city":"İstanbul"}]}]}"""
                .getBytes(StandardCharsets.UTF_8)), KatanaJson.SALES_ORDERS).get(0);

        // then
        assertThat(order.conversionRate()).isEqualTo(new BigDecimal("35.421712345678901234"));
        assertThat(order.total()).isEqualTo(new BigDecimal("1234567890123.45"));
        KatanaSalesOrder.Row row = order.salesOrderRows().get(0);
        assertThat(row.pricePerUnit()).isEqualTo(new BigDecimal("0.1000000000"));
        assertThat(row.quantity()).isEqualTo(new BigDecimal("2.5"));
        assertThat(row.total()).isEqualTo(new BigDecimal("12345678901234567.89"));
        assertThat(order.shippingFee().amount()).isEqualTo(new BigDecimal("25.50"));
        assertThat(order.addresses()).singleElement().satisfies(address -> assertThat(address.line1()).isEqualTo("İnönü Sok."));
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
