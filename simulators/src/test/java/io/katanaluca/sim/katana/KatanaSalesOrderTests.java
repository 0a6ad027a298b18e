package io.katanaluca.sim.katana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class KatanaSalesOrderTests {

    private KatanaSimulator katana;
    private KatanaClient client;
    private long customerId;
    private long variantId;
    private long otherVariantId;

    @BeforeEach
    void start() {
        katana = KatanaSimulator.start(KatanaSimulatorConfig.defaults().withRateLimit(1000, java.time.Duration.ofMinutes(1)),
                KatanaCatalogue.generate(10, 7));
        client = new KatanaClient(katana);
        customerId = katana.catalogue().customerIds().get(0);
        variantId = katana.catalogue().variantIds().get(0);
        otherVariantId = katana.catalogue().variantIds().get(1);
    }

    @AfterEach
    void stop() {
        katana.close();
    }

    @Test
    void shouldServeAnOrderWithKatanasNumberTypesAndTotalsByTheDocumentedRule() {
        // given
        long id = katana.addSalesOrder(Map.of("customer_id", customerId, "currency", "EUR", "conversion_rate", 35,
                "sales_order_rows", List.of(
                        Map.of("variant_id", variantId, "quantity", 2.5, "price_per_unit", 100.10, "total_discount", 10),
                        Map.of("variant_id", otherVariantId, "quantity", 3, "price_per_unit", "19.99", "tax_rate_id", 2)),
                "shipping_fee", Map.of("amount", "25.50", "description", "Kargo Ücreti")));

        // when
        JsonNode order = client.getJson("/sales_orders/" + id);

        // then
        JsonNode first = order.path("sales_order_rows").get(0);
        JsonNode second = order.path("sales_order_rows").get(1);
        assertThat(first.path("price_per_unit").asString()).isEqualTo("100.1000000000");
        assertThat(first.path("total_discount").asString()).isEqualTo("10.00");
        assertThat(first.path("total").decimalValue()).isEqualByComparingTo("240.25");
        assertThat(first.path("tax_rate_id").asLong()).isEqualTo(1);
        assertThat(first.path("tax_rate").decimalValue()).isEqualByComparingTo("20");
        assertThat(second.path("total").decimalValue()).isEqualByComparingTo("59.97");
        assertThat(second.path("total_discount").isNull()).isTrue();
        assertThat(second.path("tax_rate").decimalValue()).isEqualByComparingTo("10");
        assertThat(order.path("shipping_fee").path("amount").asString()).isEqualTo("25.50");
        assertThat(order.path("total").isNumber()).isTrue();
        assertThat(order.path("total").decimalValue()).isEqualByComparingTo("325.72");
        assertThat(order.path("total_in_base_currency").decimalValue()).isEqualByComparingTo("11400.20");
        assertThat(order.path("status").asString()).isEqualTo("NOT_SHIPPED");
        assertThat(order.path("currency").asString()).isEqualTo("EUR");
        assertThat(order.path("addresses").get(0).path("entity_type").asString()).isEqualTo("billing");
        assertThat(order.path("billing_address_id").asLong()).isEqualTo(order.path("addresses").get(0).path("id").asLong());
    }

    @Test
    void shouldGiveATryOrderNoConversionRateAndTheVariantsPriceByDefault() {
        // when
        JsonNode order = katana.salesOrder(anOrder("TRY")).orElseThrow();

        // then
        assertThat(order.path("conversion_rate").isNull()).isTrue();
        assertThat(new BigDecimal(order.path("sales_order_rows").get(0).path("price_per_unit").asString()))
                .isEqualByComparingTo(Decimals.orZero(katana.catalogue().variant(variantId).orElseThrow().get("sales_price")));
        assertThat(order.path("total_in_base_currency").decimalValue()).isEqualByComparingTo(order.path("total").decimalValue());
    }

    @Test
    void shouldPageAndFilterOrdersByStatusIdsCustomerAndUpdatedAtMin() {
        // given
        Instant delivery = Instant.parse("2026-03-02T10:00:00Z");
        katana.catalogue().useClock(Clock.fixed(delivery.minusSeconds(60), ZoneOffset.UTC));
        long first = anOrder("TRY");
        long second = anOrder("USD");
        long third = anOrder("TRY");
        katana.catalogue().useClock(Clock.fixed(delivery, ZoneOffset.UTC));
        katana.updateSalesOrderStatus(second, "DELIVERED");

        // when
        HttpResponse<String> page = client.get("/sales_orders?limit=2&page=1");
        JsonNode delivered = client.getJson("/sales_orders?status=DELIVERED");
        JsonNode byIds = client.getJson("/sales_orders?ids=" + first + "," + third);
        JsonNode changed = client.getJson("/sales_orders?updated_at_min=" + delivery);
        JsonNode inUsd = client.getJson("/sales_orders?currency=USD&customer_id=" + customerId);

        // then
        assertThat(ids(KatanaClient.json(page))).containsExactly(third, second);
        assertThat(KatanaClient.pagination(page).path("total_records").asString()).isEqualTo("3");
        assertThat(KatanaClient.pagination(page).path("total_pages").asString()).isEqualTo("2");
        assertThat(ids(delivered)).containsExactly(second);
        assertThat(ids(byIds)).containsExactly(third, first);
        assertThat(ids(changed)).containsExactly(second);
        assertThat(ids(inUsd)).containsExactly(second);
    }

    @Test
    void shouldRejectUnknownFilterValuesAsKatanaDoes() {
        // when
        HttpResponse<String> status = client.get("/sales_orders?status=SHIPPED");
        HttpResponse<String> currency = client.get("/sales_orders?currency=euro");
        HttpResponse<String> fulfillment = client.get("/sales_order_fulfillments?status=PENDING");

        // then
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(KatanaClient.json(status).path("details").get(0).path("path").asString()).isEqualTo(".status");
        assertThat(KatanaClient.json(status).path("details").get(0).path("code").asString()).isEqualTo("enum");
        assertThat(currency.statusCode()).isEqualTo(400);
        assertThat(KatanaClient.json(currency).path("details").get(0).path("code").asString()).isEqualTo("pattern");
        assertThat(fulfillment.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldListRowsAddressesAndShippingFeesOfTheAskedOrders() {
        // given
        long wanted = katana.addSalesOrder(Map.of("customer_id", customerId, "sales_order_rows",
                List.of(row(variantId, 1), row(otherVariantId, 2)), "shipping_fee", Map.of("amount", 40)));
        anOrder("TRY");

        // when
        JsonNode rows = client.getJson("/sales_order_rows?sales_order_ids=" + wanted);
        JsonNode addresses = client.getJson("/sales_order_addresses?sales_order_ids=" + wanted);
        JsonNode fees = client.getJson("/sales_order_shipping_fee?sales_order_id=" + wanted);
        long rowId = rows.path("data").get(0).path("id").asLong();
        JsonNode oneRow = client.getJson("/sales_order_rows/" + rowId);

        // then
        assertThat(rows.path("data").valueStream().map(r -> r.path("sales_order_id").asLong())).containsOnly(wanted).hasSize(2);
        assertThat(addresses.path("data").valueStream().map(a -> a.path("sales_order_id").asLong())).containsOnly(wanted)
                .isNotEmpty();
        assertThat(fees.path("data")).hasSize(1);
        assertThat(fees.path("data").get(0).path("amount").asString()).isEqualTo("40.00");
        assertThat(oneRow.path("id").asLong()).isEqualTo(rowId);
    }

    @Test
    void shouldServeTheDefaultKdvRatesAndLetThemBeReplaced() {
        // when
        JsonNode all = client.getJson("/tax_rates");
        JsonNode tenPercent = client.getJson("/tax_rates?rate=10");
        JsonNode defaultSales = client.getJson("/tax_rates?is_default_sales=true");
        katana.catalogue().setTaxRates(List.of(Map.of("id", 7, "name", "KDV %18 (eski)", "rate", 18)));
        JsonNode replaced = client.getJson("/tax_rates");

        // then
        assertThat(all.path("data").valueStream().map(r -> r.path("name").asString()))
                .containsExactlyInAnyOrder("KDV %20", "KDV %10", "KDV %1", "KDV %0");
        assertThat(all.path("data").valueStream().allMatch(r -> r.path("rate").isNumber())).isTrue();
        assertThat(ids(tenPercent)).containsExactly(2L);
        assertThat(ids(defaultSales)).containsExactly(1L);
        assertThat(ids(replaced)).containsExactly(7L);
        assertThatThrownBy(() -> katana.addSalesOrder(Map.of("customer_id", customerId, "sales_order_rows",
                List.of(Map.of("variant_id", variantId, "quantity", 1, "tax_rate_id", 1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tax_rate_id: no tax rate 1");
    }

    @Test
    void shouldRecordAPartialDeliveryAndDeliverTheRestWhenTheOrderIsDelivered() {
        // given
        long id = katana.addSalesOrder(Map.of("customer_id", customerId, "sales_order_rows",
                List.of(row(variantId, 2), row(otherVariantId, 5))));
        JsonNode rows = katana.salesOrder(id).orElseThrow().path("sales_order_rows");
        long firstRow = rows.get(0).path("id").asLong();
        long secondRow = rows.get(1).path("id").asLong();

        // when
        long partial = katana.catalogue().addSalesOrderFulfillment(Map.of("sales_order_id", id, "status", "DELIVERED",
                "sales_order_fulfillment_rows", List.of(Map.of("sales_order_row_id", firstRow, "quantity", 2),
                        Map.of("sales_order_row_id", secondRow, "quantity", 1.5))));
        String afterPartial = katana.salesOrder(id).orElseThrow().path("status").asString();
        katana.updateSalesOrderStatus(id, "DELIVERED");

        // then
        JsonNode fulfillments = client.getJson("/sales_order_fulfillments?sales_order_id=" + id).path("data");
        assertThat(afterPartial).isEqualTo("PARTIALLY_DELIVERED");
        assertThat(katana.salesOrder(id).orElseThrow().path("status").asString()).isEqualTo("DELIVERED");
        assertThat(fulfillments).hasSize(2);
        assertThat(fulfillments.get(1).path("id").asLong()).isEqualTo(partial);
        JsonNode rest = fulfillments.get(0).path("sales_order_fulfillment_rows");
        assertThat(rest).hasSize(1);
        assertThat(rest.get(0).path("sales_order_row_id").asLong()).isEqualTo(secondRow);
        assertThat(rest.get(0).path("quantity").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(fulfillments.get(0).path("status").asString()).isEqualTo("DELIVERED");
    }

    @Test
    void shouldRefuseToFulfilMoreThanIsLeft() {
        // given
        long id = katana.addSalesOrder(Map.of("customer_id", customerId, "sales_order_rows", List.of(row(variantId, 2))));
        long rowId = katana.salesOrder(id).orElseThrow().path("sales_order_rows").get(0).path("id").asLong();

        // when
        HttpResponse<String> response = client.admin("POST", "/_sim/sales_order_fulfillments", "{\"sales_order_id\":" + id
                + ",\"status\":\"PACKED\",\"sales_order_fulfillment_rows\":[{\"sales_order_row_id\":" + rowId
                + ",\"quantity\":3}]}");

        // then
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(KatanaClient.json(response).path("message").asString()).contains("quantity 3", "the 2 left");
        assertThat(katana.catalogue().salesOrderFulfillments(id)).isEmpty();
    }

    @Test
    void shouldCreatePatchAndSoftDeleteThroughTheAdminEndpoints() {
        // when
        HttpResponse<String> created = client.admin("POST", "/_sim/sales_orders", "{\"customer_id\":" + customerId
                + ",\"order_no\":\"SO-Ç-1\",\"additional_info\":\"Öğleden sonra teslim\",\"sales_order_rows\":"
                + "[{\"variant_id\":" + variantId + ",\"quantity\":1,\"price_per_unit\":10}]}");
        long id = KatanaClient.json(created).path("id").asLong();
        HttpResponse<String> delivered = client.admin("PATCH", "/_sim/sales_orders/" + id, "{\"status\":\"DELIVERED\"}");
        long rowId = KatanaClient.json(delivered).path("sales_order_rows").get(0).path("id").asLong();
        HttpResponse<String> rowChange = client.admin("PATCH", "/_sim/sales_order_rows/" + rowId, "{\"quantity\":2}");
        HttpResponse<String> deleted = client.admin("DELETE", "/_sim/sales_orders/" + id, null);

        // then
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(KatanaClient.json(created).path("order_no").asString()).isEqualTo("SO-Ç-1");
        assertThat(KatanaClient.json(delivered).path("status").asString()).isEqualTo("DELIVERED");
        assertThat(rowChange.statusCode()).isEqualTo(422);
        assertThat(KatanaClient.json(rowChange).path("message").asString()).contains("NOT_SHIPPED or PENDING");
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(client.getJson("/sales_orders/" + id).path("deleted_at").isNull()).isFalse();
        assertThat(client.getJson("/sales_orders").path("data")).isEmpty();
        assertThat(ids(client.getJson("/sales_orders?include_deleted=true"))).containsExactly(id);
        assertThat(client.getJson("/sales_order_rows").path("data")).isEmpty();
        assertThat(client.admin("PATCH", "/_sim/sales_orders/99", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldNameEveryProblemOfAnInvalidOrder() {
        // when
        HttpResponse<String> response = client.admin("POST", "/_sim/sales_orders", "{\"customer_id\":123,"
                + "\"colour\":\"red\",\"status\":\"DELIVERED\",\"sales_order_rows\":[{\"variant_id\":42,\"quantity\":1},"
                + "{\"variant_id\":" + variantId + ",\"quantity\":-1,\"tax_rate_id\":9,\"total_discount\":\"-5\"}]}");

        // then
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(KatanaClient.json(response).path("message").asString()).contains(
                "customer_id: no customer 123", "colour: is not a field Katana accepts here",
                "status: must be one of PENDING, NOT_SHIPPED", "sales_order_rows[0].variant_id: no variant 42",
                "sales_order_rows[1].quantity: must be a number >= 0", "sales_order_rows[1].tax_rate_id: no tax rate 9",
                "sales_order_rows[1].total_discount: must be a number >= 0");
        assertThat(katana.salesOrders()).isEmpty();
    }

    @Test
    void shouldAcceptAZeroQuantityAndADecimalStringDiscount() {
        // when
        long id = katana.addSalesOrder(Map.of("customer_id", customerId, "sales_order_rows", List.of(
                Map.of("variant_id", variantId, "quantity", 0, "price_per_unit", 5),
                Map.of("variant_id", variantId, "quantity", "1.00000", "price_per_unit", 5, "total_discount", "0.50"))));

        // then
        assertThat(katana.salesOrder(id).orElseThrow().path("total").decimalValue()).isEqualByComparingTo("4.50");
    }

    @Test
    void shouldRecomputeTotalsOnARowChangeAndKeepAnOverriddenTotalAcrossAStatusChange() {
        // given
        long id = katana.addSalesOrder(Map.of("customer_id", customerId, "sales_order_rows",
                List.of(Map.of("variant_id", variantId, "quantity", 2, "price_per_unit", 12.345))));
        long rowId = katana.salesOrder(id).orElseThrow().path("sales_order_rows").get(0).path("id").asLong();

        // when
        katana.catalogue().updateSalesOrderRow(rowId, Map.of("quantity", 3, "total_discount", 1));
        BigDecimal recomputed = katana.salesOrder(id).orElseThrow().path("total").decimalValue();
        katana.catalogue().setSalesOrderTotal(id, new BigDecimal("999.99"));
        katana.updateSalesOrderStatus(id, "DELIVERED");

        // then
        assertThat(recomputed).isEqualByComparingTo("36.04");
        JsonNode order = katana.salesOrder(id).orElseThrow();
        assertThat(order.path("total").decimalValue()).isEqualByComparingTo("999.99");
        assertThat(order.path("sales_order_rows").get(0).path("total").decimalValue()).isEqualByComparingTo("36.04");
        assertThat(order.path("status").asString()).isEqualTo("DELIVERED");
    }

    @Test
    void shouldFireDeliveredAndUpdatedWithTheStatusWhenAnOrderIsDelivered() throws Exception {
        // given
        try (KatanaSimulator hooked = KatanaSimulator.start(KatanaSimulatorConfig.defaults().withHttpWebhooksAllowed(true),
                KatanaCatalogue.generate(5, 7)); WebhookReceiver receiver = WebhookReceiver.start()) {
            KatanaWebhook webhook = hooked.registerWebhook(receiver.url(), List.of("sales_order.delivered",
                    "sales_order.updated", "sales_order.packed"));
            long id = hooked.addSalesOrder(Map.of("customer_id", hooked.catalogue().customerIds().get(0),
                    "sales_order_rows", List.of(row(hooked.catalogue().variantIds().get(0), 1))));

            // when
            hooked.updateSalesOrderStatus(id, "DELIVERED");

            // then
            List<WebhookReceiver.Received> received = receiver.await(2);
            assertThat(hooked.awaitWebhookDeliveries(java.time.Duration.ofSeconds(5))).isTrue();
            assertThat(receiver.received()).hasSize(2);
            assertThat(received.stream().map(WebhookReceiver.Received::text)).containsExactlyInAnyOrder(
                    payload("sales_order.delivered", webhook, id, hooked),
                    payload("sales_order.updated", webhook, id, hooked));
        }
    }

    @Test
    void shouldGenerateTheSameOrdersForASeedWithoutChangingTheRest() {
        // when
        KatanaCatalogue one = KatanaCatalogue.generate(50, 0, 40, 42);
        KatanaCatalogue two = KatanaCatalogue.generate(50, 0, 40, 42);
        KatanaCatalogue without = KatanaCatalogue.generate(50, 0, 42);

        // then
        assertThat(one.salesOrderCount()).isEqualTo(40);
        assertThat(one.salesOrders()).isEqualTo(two.salesOrders());
        assertThat(one.variants()).isEqualTo(without.variants());
        assertThat(one.customerIds()).isEqualTo(without.customerIds());
        List<JsonNode> orders = one.salesOrders();
        assertThat(orders.stream().filter(o -> o.path("status").asString().equals("DELIVERED")).count())
                .isGreaterThan(20);
        assertThat(orders.stream().map(o -> o.path("status").asString()).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(orders.stream().map(o -> o.path("currency").asString()).distinct()).contains("TRY", "EUR", "USD");
        assertThat(orders).anyMatch(o -> o.path("shipping_fee").isObject())
                .anyMatch(o -> o.path("sales_order_rows").size() > 1)
                .anyMatch(o -> o.path("sales_order_rows").valueStream().anyMatch(r -> r.hasNonNull("total_discount")))
                .anyMatch(o -> o.path("additional_info").asString("").matches(".*[çğışöüÇĞİŞÖÜ].*"))
                .allMatch(o -> o.path("created_at").asString().startsWith("2024-"))
                .allMatch(KatanaSalesOrderTests::totalFollowsTheRule);
    }

    @Test
    void shouldAddTheAwkwardOrdersOnTop() {
        // given
        KatanaCatalogue catalogue = KatanaCatalogue.generate(10, 0, 0, 42);

        // when
        catalogue.addAwkwardSalesOrders();

        // then
        List<JsonNode> orders = catalogue.salesOrders();
        assertThat(orders).hasSize(4).allMatch(o -> o.path("status").asString().equals("DELIVERED"))
                .allMatch(KatanaSalesOrderTests::totalFollowsTheRule);
        long deletedVariant = orders.get(0).path("sales_order_rows").get(0).path("variant_id").asLong();
        assertThat(catalogue.variant(deletedVariant).orElseThrow().hasNonNull("deleted_at")).isTrue();
        assertThat(catalogue.customer(orders.get(1).path("customer_id").asLong()).orElseThrow().path("name").isNull()).isTrue();
        assertThat(orders.get(2).path("sales_order_rows").get(1).path("quantity").decimalValue()).isZero();
        assertThat(orders.get(3).path("sales_order_rows").get(0).path("price_per_unit").asString()).startsWith("-25");
    }

    private long anOrder(String currency) {
        return katana.addSalesOrder(Map.of("customer_id", customerId, "currency", currency,
                "sales_order_rows", List.of(row(variantId, 1))));
    }

    private static Map<String, Object> row(long variantId, Object quantity) {
        return Map.of("variant_id", variantId, "quantity", quantity);
    }

    private static List<Long> ids(JsonNode list) {
        return list.path("data").valueStream().map(r -> r.path("id").asLong()).toList();
    }

    private static String payload(String action, KatanaWebhook webhook, long id, KatanaSimulator simulator) {
        return "{\"resource_type\":\"sales_order\",\"action\":\"" + action + "\",\"webhook_id\":" + webhook.id()
                + ",\"object\":{\"id\":" + id + ",\"status\":\"DELIVERED\",\"href\":\"" + simulator.baseUrl()
                + "/sales_orders/" + id + "\"}}";
    }

    /** The client's check: rows quantity × price − discount (half up, 2 decimals), plus the shipping fee. */
    private static boolean totalFollowsTheRule(JsonNode order) {
        BigDecimal sum = order.path("shipping_fee").isObject()
                ? new BigDecimal(order.path("shipping_fee").path("amount").asString()) : BigDecimal.ZERO;
        for (JsonNode row : order.path("sales_order_rows")) {
            BigDecimal discount = row.hasNonNull("total_discount") ? new BigDecimal(row.path("total_discount").asString())
                    : BigDecimal.ZERO;
            sum = sum.add(row.path("quantity").decimalValue().multiply(new BigDecimal(row.path("price_per_unit").asString()))
                    .subtract(discount).setScale(2, java.math.RoundingMode.HALF_UP));
        }
        return order.path("total").decimalValue().compareTo(sum) == 0;
    }
}
