package io.katanaluca.sim.katana;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks the admin bodies that create or change sales orders, after Katana's CreateSalesOrderDto,
 * UpdateSalesOrderDto, UpdateSalesOrderRowDto and CreateSalesOrderFulfillmentDto: no other fields,
 * the required ones present, numbers in range, and every id naming a live customer, variant or tax
 * rate. A problem → {@link IllegalArgumentException} listing them all (the admin's 422).
 */
final class SalesOrderRequests {

    static final String BASE_CURRENCY = "TRY";
    private static final String CURRENCY = "[A-Z]{3}";
    private static final BigDecimal SMALLEST_RATE = new BigDecimal("0.000001");

    /** The DTO's fields, plus the simulator's {@code conversion_rate} and {@code shipping_fee} (Katana sets those apart). */
    private static final Set<String> ORDER_FIELDS = Set.of("additional_info", "addresses", "currency", "custom_fields",
            "customer_id", "customer_ref", "delivery_date", "ecommerce_order_id", "ecommerce_order_type",
            "ecommerce_store_name", "location_id", "order_created_date", "order_no", "sales_order_rows", "status",
            "tracking_number", "tracking_number_url", "conversion_rate", "shipping_fee");
    /** The DTO's fields but {@code currency}, plus the simulator's {@code total} overrides. */
    private static final Set<String> UPDATE_FIELDS = Set.of("additional_info", "conversion_date", "conversion_rate",
            "custom_fields", "customer_id", "customer_ref", "delivery_date", "location_id", "order_created_date",
            "order_no", "picked_date", "status", "tracking_number", "tracking_number_url", "total",
            "total_in_base_currency");
    private static final Set<String> ROW_FIELDS = Set.of("attributes", "custom_fields", "location_id", "price_per_unit",
            "quantity", "tax_rate_id", "total_discount", "variant_id");
    private static final Set<String> ADDRESS_FIELDS = Set.copyOf(SalesOrderJson.ADDRESS_FIELDS);
    private static final Set<String> FEE_FIELDS = Set.of("amount", "description", "tax_rate_id");
    private static final Set<String> FULFILLMENT_FIELDS = Set.of("sales_order_id", "status", "picked_date",
            "conversion_rate", "conversion_date", "tracking_number", "tracking_url", "tracking_carrier",
            "tracking_method", "sales_order_fulfillment_rows");
    private static final Set<String> FULFILLMENT_ROW_FIELDS = Set.of("sales_order_row_id", "quantity");

    private final CatalogueSnapshot catalogue;
    private final RequestProblems problems = new RequestProblems();

    private SalesOrderRequests(CatalogueSnapshot catalogue) {
        this.catalogue = catalogue;
    }

    static void checkCreate(JsonNode body, CatalogueSnapshot catalogue) {
        SalesOrderRequests check = new SalesOrderRequests(catalogue);
        if (check.problems.onlyFields(body, "", ORDER_FIELDS)) {
            check.order(body);
        }
        check.problems.throwIfAny("sales order");
    }

    static void checkUpdate(JsonNode fields, CatalogueSnapshot catalogue) {
        SalesOrderRequests check = new SalesOrderRequests(catalogue);
        if (check.problems.onlyFields(fields, "", UPDATE_FIELDS)) {
            check.header(fields, SalesOrderStatus.ON_UPDATE);
            check.problems.decimal(fields.get("total"), "total", new BigDecimal("-1e18"));
            check.problems.decimal(fields.get("total_in_base_currency"), "total_in_base_currency", new BigDecimal("-1e18"));
            check.problems.dateTime(fields.get("picked_date"), "picked_date");
        }
        check.problems.throwIfAny("sales order change");
    }

    static void checkRowUpdate(JsonNode fields, CatalogueSnapshot catalogue) {
        SalesOrderRequests check = new SalesOrderRequests(catalogue);
        if (check.problems.onlyFields(fields, "", ROW_FIELDS)) {
            check.row(fields, "", false);
        }
        check.problems.throwIfAny("sales order row change");
    }

    static void checkFulfillment(JsonNode body) {
        SalesOrderRequests check = new SalesOrderRequests(null);
        if (check.problems.onlyFields(body, "", FULFILLMENT_FIELDS)) {
            check.fulfillment(body);
        }
        check.problems.throwIfAny("sales order fulfillment");
    }

    private void order(JsonNode body) {
        problems.required(body, "", "customer_id");
        header(body, SalesOrderStatus.ON_CREATE);
        JsonNode currency = body.get("currency");
        if (currency != null && !currency.asString("").matches(CURRENCY)) {
            problems.add("currency", "must be a 3-letter ISO code, not " + currency);
        }
        problems.each(body, "sales_order_rows", true, ROW_FIELDS, (row, path) -> row(row, path, true));
        problems.each(body, "addresses", false, ADDRESS_FIELDS, (address, path) -> {
            problems.required(address, path, "entity_type");
            problems.oneOf(address.get("entity_type"), path + "entity_type", List.of("billing", "shipping"));
        });
        JsonNode fee = body.get("shipping_fee");
        if (fee != null && !fee.isNull() && problems.onlyFields(fee, "shipping_fee.", FEE_FIELDS)) {
            problems.required(fee, "shipping_fee.", "amount");
            problems.decimal(fee.get("amount"), "shipping_fee.amount", BigDecimal.ZERO);
            problems.text(fee.get("description"), "shipping_fee.description");
            taxRate(fee.get("tax_rate_id"), "shipping_fee.tax_rate_id");
        }
    }

    private void header(JsonNode body, List<String> statuses) {
        customer(body.get("customer_id"));
        problems.oneOf(body.get("status"), "status", statuses);
        problems.decimal(body.get("conversion_rate"), "conversion_rate", SMALLEST_RATE);
        problems.id(body.get("location_id"), "location_id");
        for (String field : List.of("order_no", "additional_info", "customer_ref", "tracking_number",
                "tracking_number_url")) {
            problems.text(body.get(field), field);
        }
        for (String field : List.of("order_created_date", "delivery_date", "conversion_date")) {
            problems.dateTime(body.get(field), field);
        }
    }

    /** Katana's minimum for quantity, price and discount is 0: a zero quantity passes, a negative one not. */
    private void row(JsonNode row, String path, boolean creating) {
        if (creating) {
            problems.required(row, path, "quantity");
            problems.required(row, path, "variant_id");
        }
        variant(row.get("variant_id"), path + "variant_id");
        problems.decimal(row.get("quantity"), path + "quantity", BigDecimal.ZERO);
        problems.decimal(row.get("price_per_unit"), path + "price_per_unit", BigDecimal.ZERO);
        problems.decimal(row.get("total_discount"), path + "total_discount", BigDecimal.ZERO);
        taxRate(row.get("tax_rate_id"), path + "tax_rate_id");
        problems.id(row.get("location_id"), path + "location_id");
    }

    private void fulfillment(JsonNode body) {
        problems.required(body, "", "sales_order_id");
        problems.required(body, "", "status");
        problems.id(body.get("sales_order_id"), "sales_order_id");
        problems.oneOf(body.get("status"), "status", SalesOrderStatus.FULFILLMENT);
        problems.dateTime(body.get("picked_date"), "picked_date");
        problems.each(body, "sales_order_fulfillment_rows", true, FULFILLMENT_ROW_FIELDS, (row, path) -> {
            problems.required(row, path, "sales_order_row_id");
            problems.required(row, path, "quantity");
            problems.id(row.get("sales_order_row_id"), path + "sales_order_row_id");
            problems.decimal(row.get("quantity"), path + "quantity", BigDecimal.ZERO);
        });
    }

    private void customer(JsonNode id) {
        live(KatanaResource.CUSTOMERS, problems.id(id, "customer_id"), "customer_id", "customer");
    }

    private void variant(JsonNode id, String path) {
        live(KatanaResource.VARIANTS, problems.id(id, path), path, "variant");
    }

    private void taxRate(JsonNode id, String path) {
        live(KatanaResource.TAX_RATES, problems.id(id, path), path, "tax rate");
    }

    private void live(KatanaResource resource, long id, String path, String what) {
        if (id < 0) {
            return;
        }
        catalogue.find(resource, id).ifPresentOrElse(
                record -> {
                    if (record.deleted()) {
                        problems.add(path, what + " " + id + " is deleted");
                    }
                },
                () -> problems.add(path, "no " + what + " " + id));
    }
}
