package io.katanaluca.sync.luca;

import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/** One row of a stock card or unit listing, under any of the field names Luca has been seen to use. */
final class LucaRows {

    private LucaRows() {
    }

    /** A stock card, or null when the row has no id or no code. */
    static LucaStockCard stockCard(JsonNode row) {
        OptionalLong id = LucaJson.id(row, "skartId", "stkSkartId");
        Optional<String> code = LucaJson.text(row, "kod", "kartKodu", "skartKod", "stokKartKodu", "stokKodu");
        if (id.isEmpty() || code.isEmpty()) {
            return null;
        }
        return new LucaStockCard(id.getAsLong(), code.get(), LucaJson.text(row, "kartAdi", "tanim").orElse(null));
    }

    /** A unit of measure, or null when the row has no id or no code. */
    static LucaUnit unit(JsonNode row) {
        OptionalLong id = LucaJson.id(row, "id", "olcumBirimiId");
        Optional<String> code = LucaJson.text(row, "kod", "kisa");
        if (id.isEmpty() || code.isEmpty()) {
            return null;
        }
        return new LucaUnit(id.getAsLong(), code.get(), LucaJson.text(row, "ad", "tanim").orElse(code.get()));
    }
}
