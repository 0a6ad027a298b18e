package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a sales order as Katana serves it from a checked create body, with Katana's defaults:
 * the customer's currency and addresses, the variant's sales price, the default sales tax rate.
 * Number types as in the spec: {@code price_per_unit} a ten-decimal string, {@code total_discount}
 * and the shipping fee's {@code amount} strings, quantities, totals and rates numbers.
 */
record SalesOrderJson(CatalogueSnapshot catalogue, SalesOrderTables tables, String now) {

    /** Katana takes rates from its currency feed; the simulator from this table unless told otherwise. */
    static final Map<String, BigDecimal> CONVERSION_RATES = Map.of("EUR", new BigDecimal("35.4200"),
            "USD", new BigDecimal("32.8500"), "GBP", new BigDecimal("41.1500"), "CHF", new BigDecimal("37.9000"));

    /** In Katana's order, which is also the order on the wire. */
    static final List<String> ADDRESS_FIELDS = List.of("entity_type", "first_name", "last_name", "company", "phone",
            "line_1", "line_2", "city", "state", "zip", "country");

    ObjectNode order(JsonNode body) {
        JsonNode customer = catalogue.find(KatanaResource.CUSTOMERS, body.path("customer_id").asLong()).orElseThrow().json();
        ObjectNode order = Json.object();
        long id = tables.nextId(IdCounters.Kind.SALES_ORDER);
        order.put("id", id);
        order.put("customer_id", customer.path("id").asLong());
        order.put("order_no", body.path("order_no").asString("SO-" + id));
        order.putNull("source");
        order.put("order_created_date", body.path("order_created_date").asString(now));
        copy(body, order, "delivery_date", "picked_date");
        order.put("location_id", body.path("location_id").asLong(1));
        order.put("status", body.path("status").asString(SalesOrderStatus.NOT_SHIPPED.name()));
        currency(body, customer, order);
        order.putNull("invoicing_status");
        order.putNull("total");
        order.putNull("total_in_base_currency");
        copy(body, order, "additional_info", "customer_ref");
        ArrayNode rows = order.putArray("sales_order_rows");
        body.path("sales_order_rows").forEach(given -> rows.add(row(given, order)));
        copy(body, order, "ecommerce_order_type", "ecommerce_store_name", "ecommerce_order_id",
                "product_availability", "ingredient_availability");
        order.put("production_status", "NOT_APPLICABLE");
        copy(body, order, "tracking_number", "tracking_number_url");
        addresses(body, customer, order);
        order.putNull("linked_manufacturing_order_id");
        order.set("shipping_fee", body.path("shipping_fee").isObject() ? fee(body.get("shipping_fee"), id) : null);
        copy(body, order, "custom_fields");
        timestamps(order);
        SalesOrderTotals.recompute(order);
        return order;
    }

    /** Sets the given row fields, as a create or an update does; the tax rate's percentage goes along. */
    void applyRowFields(ObjectNode row, JsonNode fields) {
        Decimals.of(fields.get("quantity")).ifPresent(quantity -> row.put("quantity", quantity));
        if (fields.hasNonNull("variant_id")) {
            row.put("variant_id", fields.get("variant_id").asLong());
        }
        if (fields.has("tax_rate_id")) {
            JsonNode taxRate = fields.get("tax_rate_id").isNull() ? null
                    : catalogue.find(KatanaResource.TAX_RATES, fields.get("tax_rate_id").asLong()).orElseThrow().json();
            row.set("tax_rate_id", taxRate == null ? null : taxRate.get("id"));
            row.set("tax_rate", taxRate == null ? null : taxRate.get("rate"));
        }
        if (fields.hasNonNull("location_id")) {
            row.put("location_id", fields.get("location_id").asLong());
        }
        Decimals.of(fields.get("price_per_unit")).ifPresent(price -> Prices.put(row, "price_per_unit", price, true));
        if (fields.has("total_discount")) {
            row.put("total_discount", Decimals.of(fields.get("total_discount")).map(Decimals::moneyText).orElse(null));
        }
        if (fields.has("attributes")) {
            row.set("attributes", fields.get("attributes"));
        }
    }

    private ObjectNode row(JsonNode given, JsonNode order) {
        ObjectNode row = Json.object();
        row.put("id", tables.nextId(IdCounters.Kind.SALES_ORDER_ROW));
        row.put("sales_order_id", order.path("id").asLong());
        for (String field : List.of("quantity", "variant_id", "tax_rate_id", "tax_rate", "location_id",
                "product_availability", "price_per_unit", "price_per_unit_in_base_currency", "total",
                "total_in_base_currency", "total_discount")) {
            row.putNull(field);
        }
        JsonNode variant = catalogue.find(KatanaResource.VARIANTS, given.path("variant_id").asLong()).orElseThrow().json();
        ObjectNode defaults = Json.object().put("location_id", order.path("location_id").asLong())
                .put("price_per_unit", Decimals.orZero(variant.get("sales_price"))).putNull("total_discount");
        defaults.set("tax_rate_id", defaultTaxRateId());
        defaults.putArray("attributes");
        applyRowFields(row, defaults);
        applyRowFields(row, given);
        row.putNull("linked_manufacturing_order_id");
        timestamps(row);
        return row;
    }

    private JsonNode defaultTaxRateId() {
        return catalogue.list(KatanaResource.TAX_RATES).stream().map(KatanaRecord::json)
                .filter(rate -> rate.path("is_default_sales").asBoolean()).map(rate -> rate.get("id"))
                .findFirst().orElse(null);
    }

    /** TRY is the base currency (conversion_rate null); others take the body's rate or the table's. */
    private void currency(JsonNode body, JsonNode customer, ObjectNode order) {
        String currency = body.path("currency").asString(customer.path("currency").asString(SalesOrderRequests.BASE_CURRENCY));
        BigDecimal rate = Decimals.of(body.get("conversion_rate")).orElse(CONVERSION_RATES.get(currency));
        if (rate == null && !currency.equals(SalesOrderRequests.BASE_CURRENCY)) {
            throw new IllegalArgumentException("Invalid sales order: conversion_rate: is required for " + currency
                    + " (the simulator knows " + String.join(", ", CONVERSION_RATES.keySet().stream().sorted().toList()) + ")");
        }
        order.put("currency", currency);
        order.put("conversion_rate", rate);
        order.put("conversion_date", rate == null ? null : body.path("conversion_date")
                .asString(order.path("order_created_date").asString()));
    }

    /** The body's addresses, else copies of the customer's, as Katana fills a new order in. */
    private void addresses(JsonNode body, JsonNode customer, ObjectNode order) {
        ArrayNode addresses = order.putArray("addresses");
        JsonNode given = body.has("addresses") ? body.get("addresses") : customer.path("addresses");
        for (JsonNode source : given) {
            ObjectNode address = Json.object();
            address.put("id", tables.nextId(IdCounters.Kind.SALES_ORDER_ADDRESS));
            address.put("sales_order_id", order.path("id").asLong());
            copy(source, address, ADDRESS_FIELDS.toArray(String[]::new));
            timestamps(address);
            addresses.add(address);
            order.set(address.path("entity_type").asString() + "_address_id", address.get("id"));
        }
        order.putIfAbsent("billing_address_id", Json.MAPPER.getNodeFactory().nullNode());
        order.putIfAbsent("shipping_address_id", Json.MAPPER.getNodeFactory().nullNode());
    }

    private ObjectNode fee(JsonNode given, long orderId) {
        ObjectNode fee = Json.object();
        fee.put("id", tables.nextId(IdCounters.Kind.SHIPPING_FEE));
        fee.put("sales_order_id", orderId);
        fee.put("amount", Decimals.moneyText(Decimals.orZero(given.get("amount"))));
        fee.set("tax_rate_id", given.hasNonNull("tax_rate_id") ? given.get("tax_rate_id") : defaultTaxRateId());
        copy(given, fee, "description");
        timestamps(fee);
        return fee;
    }

    private void timestamps(ObjectNode record) {
        record.put("created_at", now);
        record.put("updated_at", now);
        record.putNull("deleted_at");
    }

    /** Each field as given, null when absent. */
    private static void copy(JsonNode from, ObjectNode to, String... fields) {
        for (String field : List.of(fields)) {
            to.set(field, from.hasNonNull(field) ? from.get(field) : null);
        }
    }
}
