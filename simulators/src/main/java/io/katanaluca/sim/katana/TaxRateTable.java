package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tax rates as Katana serves them: {@code rate} a JSON number, a percentage (20 = 20%). Every
 * catalogue starts with Turkey's KDV rates since July 2023; {@link KatanaCatalogue#setTaxRates} replaces them.
 */
final class TaxRateTable {

    /** Generated and default records are older than anything changed at run time. */
    static final String CREATED_AT = "2024-01-01T08:00:00.000Z";
    private static final BigDecimal MAX_RATE = new BigDecimal("999.999");

    private TaxRateTable() {
    }

    static List<ObjectNode> defaults() {
        return List.of(rate(1, "KDV %20", 20, true), rate(2, "KDV %10", 10, false), rate(3, "KDV %1", 1, false),
                rate(4, "KDV %0", 0, false));
    }

    /** Completes a tax rate as given to the simulator; the rate must be 0..999.999, as Katana's CreateTaxRateDto says. */
    static ObjectNode complete(JsonNode given, long id, String now) {
        BigDecimal rate = Decimals.of(given.get("rate")).filter(r -> r.signum() >= 0 && r.compareTo(MAX_RATE) <= 0)
                .orElseThrow(() -> new IllegalArgumentException("rate: must be a number from 0 to 999.999, not "
                        + given.get("rate")));
        String name = given.path("name").asString(rate.stripTrailingZeros().toPlainString() + "%");
        ObjectNode taxRate = Json.object();
        taxRate.put("id", id);
        taxRate.put("name", name);
        taxRate.put("rate", rate);
        taxRate.put("is_default_sales", given.path("is_default_sales").asBoolean(false));
        taxRate.put("is_default_purchases", given.path("is_default_purchases").asBoolean(false));
        taxRate.put("display_name", name + " (" + rate.stripTrailingZeros().toPlainString() + "%)");
        taxRate.put("created_at", given.path("created_at").asString(now));
        taxRate.put("updated_at", given.path("updated_at").asString(now));
        return taxRate;
    }

    private static ObjectNode rate(long id, String name, int percent, boolean isDefault) {
        ObjectNode given = Json.object().put("name", name).put("rate", percent).put("is_default_sales", isDefault)
                .put("is_default_purchases", isDefault);
        return complete(given, id, CREATED_AT);
    }
}
