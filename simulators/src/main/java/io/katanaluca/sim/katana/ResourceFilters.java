package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.QueryString;
import java.util.List;
import java.util.function.Predicate;

/** The filters one list has beyond the common ones (ids, dates, include_deleted), after Katana's gateway spec. */
final class ResourceFilters {

    private static final String CURRENCY = "^[A-Z]{3}$";

    private ResourceFilters() {
    }

    /** {@code resource} null (webhooks): none. */
    static Predicate<KatanaRecord> of(QueryString query, KatanaResource resource) throws BadQueryException {
        if (resource == null) {
            return r -> true;
        }
        return switch (resource) {
            case VARIANTS -> variants(query);
            case SALES_ORDERS -> salesOrders(query);
            case SALES_ORDER_ROWS -> QueryFilters.longs(query, "sales_order_ids", ResourceFilters::salesOrderId)
                    .and(number(query, "variant_id")).and(number(query, "tax_rate_id"))
                    .and(number(query, "location_id"));
            case SALES_ORDER_ADDRESSES -> QueryFilters.longs(query, "sales_order_ids", ResourceFilters::salesOrderId)
                    .and(QueryFilters.oneOf(query, "entity_type", List.of("billing", "shipping"), r -> r.text("entity_type")));
            case SALES_ORDER_FULFILLMENTS -> number(query, "sales_order_id")
                    .and(QueryFilters.oneOf(query, "status", SalesOrderStatus.FULFILLMENT, r -> r.text("status")))
                    .and(QueryFilters.oneOf(query, "invoice_status", SalesOrderStatus.FULFILLMENT_INVOICE,
                            r -> r.text("invoice_status")));
            case SALES_ORDER_SHIPPING_FEES -> number(query, "sales_order_id");
            case TAX_RATES -> taxRates(query);
            default -> r -> true;
        };
    }

    private static Predicate<KatanaRecord> variants(QueryString query) throws BadQueryException {
        return QueryFilters.texts(query, "sku", (KatanaRecord r) -> r.text("sku"))
                .and(number(query, "product_id"))
                .and(number(query, "material_id"));
    }

    private static Predicate<KatanaRecord> salesOrders(QueryString query) throws BadQueryException {
        return QueryFilters.texts(query, "order_no", (KatanaRecord r) -> r.text("order_no"))
                .and(number(query, "customer_id"))
                .and(number(query, "location_id"))
                .and(QueryFilters.oneOf(query, "status", SalesOrderStatus.ALL, r -> r.text("status")))
                .and(QueryFilters.oneOf(query, "invoicing_status", SalesOrderStatus.INVOICING,
                        r -> r.text("invoicing_status")))
                .and(QueryFilters.matching(query, "currency", CURRENCY, r -> r.text("currency")));
    }

    private static Predicate<KatanaRecord> taxRates(QueryString query) throws BadQueryException {
        return QueryFilters.decimal(query, "rate", (KatanaRecord r) -> Decimals.of(r.json().get("rate")).orElse(null))
                .and(QueryFilters.texts(query, "name", r -> r.text("name")))
                .and(QueryFilters.bool(query, "is_default_sales", r -> r.json().path("is_default_sales").asBoolean()))
                .and(QueryFilters.bool(query, "is_default_purchases",
                        r -> r.json().path("is_default_purchases").asBoolean()));
    }

    private static Predicate<KatanaRecord> number(QueryString query, String name) throws BadQueryException {
        return QueryFilters.longs(query, name, (KatanaRecord r) -> r.number(name));
    }

    private static long salesOrderId(KatanaRecord record) {
        return record.number("sales_order_id");
    }
}
