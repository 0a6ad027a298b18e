package io.katanaluca.sync.luca;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * One row of a customer listing, read leniently: the id and code may be top-level
 * ({@code finansalNesneId}, {@code kartKod} or {@code kod}) or nested in {@code gnlFinansalNesne}.
 */
final class CustomerRows {

    static final List<String> COMPARED_FIELDS = List.of("tanim", "kisaAd", "yasalUnvan", "vergiNo", "tcKimlikNo", "cariTipId",
            "paraBirimKod", "email", "telefon");

    private CustomerRows() {
    }

    /** A customer account, or null when the row has no id or no code. */
    static LucaCustomer customer(JsonNode row) {
        JsonNode nested = row.path("gnlFinansalNesne");
        OptionalLong id = LucaJson.id(row, "finansalNesneId", "finMusteriId");
        Optional<String> code = LucaJson.text(row, "kartKod", "kod");
        if (nested.isObject()) {
            id = id.isPresent() ? id : LucaJson.id(nested, "finansalNesneId");
            code = code.or(() -> LucaJson.text(nested, "kod", "kartKod"));
        }
        if (id.isEmpty() || code.isEmpty()) {
            return null;
        }
        return new LucaCustomer(id.getAsLong(), code.get(), LucaJson.text(row, "tanim").orElse(null), listedFields(row));
    }

    private static Map<String, String> listedFields(JsonNode row) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : COMPARED_FIELDS) {
            JsonNode value = row.get(field);
            if (value != null && value.isValueNode()) {
                fields.put(field, value.isNull() ? null : value.asString());
            }
        }
        return fields;
    }
}
