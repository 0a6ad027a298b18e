package io.katanaluca.sync.luca;

import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/** One row of the sales invoice listing. Luca's names for the totals are unverified: these are the simulator's choice. */
final class InvoiceRows {

    private InvoiceRows() {
    }

    /** An invoice, or null when the row has no id. */
    static LucaInvoice invoice(JsonNode row) {
        OptionalLong id = LucaJson.id(row, "ssFaturaBaslikId");
        if (id.isEmpty()) {
            return null;
        }
        return new LucaInvoice(id.getAsLong(), text(row, "belgeSeri"), text(row, "belgeNo"), text(row, "belgeTarihi"), text(row, "belgeTakipNo"),
                text(row, "cariKodu"), text(row, "paraBirimKod"), LucaJson.decimal(row, "netTutar").orElse(null),
                LucaJson.decimal(row, "kdvTutar").orElse(null), LucaJson.decimal(row, "toplamTutar").orElse(null));
    }

    private static String text(JsonNode row, String... names) {
        return LucaJson.text(row, names).orElse(null);
    }
}
