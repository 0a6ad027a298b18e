package io.katanaluca.sim.katana;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's arithmetic, so a client can check its own against Katana's {@code total}:
 * a row's total is quantity × price_per_unit − total_discount, rounded half up to 2 decimals;
 * the order's total is the sum of its live rows' totals plus the shipping fee's amount. All in
 * the order currency and without VAT (the rows' tax rates are not added). The base-currency
 * figures are each total × conversion_rate (1 when null), rounded the same way.
 */
final class SalesOrderTotals {

    private SalesOrderTotals() {
    }

    static void recompute(ObjectNode order) {
        BigDecimal rate = conversionRate(order);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode row : order.path("sales_order_rows")) {
            if (SalesOrderTables.isLive(row)) {
                sum = sum.add(recomputeRow((ObjectNode) row, order, rate));
            }
        }
        JsonNode fee = order.path("shipping_fee");
        if (fee.isObject() && SalesOrderTables.isLive(fee)) {
            sum = sum.add(Decimals.orZero(fee.get("amount")));
        }
        BigDecimal total = Decimals.money(sum);
        order.put("total", total);
        order.put("total_in_base_currency", Decimals.money(total.multiply(rate)));
    }

    static BigDecimal rowTotal(JsonNode row) {
        BigDecimal gross = Decimals.orZero(row.get("quantity")).multiply(Decimals.orZero(row.get("price_per_unit")));
        return Decimals.money(gross.subtract(Decimals.orZero(row.get("total_discount"))));
    }

    private static BigDecimal recomputeRow(ObjectNode row, JsonNode order, BigDecimal rate) {
        BigDecimal total = rowTotal(row);
        row.put("total", total);
        row.put("total_in_base_currency", Decimals.money(total.multiply(rate)));
        row.put("price_per_unit_in_base_currency",
                Decimals.money(Decimals.orZero(row.get("price_per_unit")).multiply(rate)));
        row.set("conversion_rate", order.get("conversion_rate"));
        row.set("conversion_date", order.get("conversion_date"));
        return total;
    }

    private static BigDecimal conversionRate(JsonNode order) {
        return Decimals.of(order.get("conversion_rate")).orElse(BigDecimal.ONE);
    }
}
