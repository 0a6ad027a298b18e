package io.katanaluca.sim.luca;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;

/**
 * A sales invoice as the Luca simulator holds it.
 *
 * @param belgeNo      the number within its series, the one sent or the one Luca assigned, in digits without
 *                     leading zeros
 * @param belgeTakipNo the tracking number as sent, or null
 * @param netTotal     the lines' net amounts summed, in the invoice currency
 * @param vatTotal     the lines' VAT summed, each line's VAT rounded to kuruş first
 * @param grossTotal   net plus VAT
 * @param json         the create body exactly as received
 */
public record StoredInvoice(long ssFaturaBaslikId, String belgeSeri, String belgeNo, LocalDate belgeTarihi,
        String belgeTakipNo, String cariKodu, String paraBirimKod, BigDecimal netTotal, BigDecimal vatTotal,
        BigDecimal grossTotal, JsonNode json, Instant createdAt) {

    /** A copy, so callers cannot change what the simulator serves. */
    @Override
    public JsonNode json() {
        return json.deepCopy();
    }

    /** One received field, e.g. {@code field("detayList").size()}; missing fields give a missing node. */
    public JsonNode field(String name) {
        return json.path(name);
    }
}
