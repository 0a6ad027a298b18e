package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds EkleFtrWsFaturaBaslik.do bodies: by default a valid TRY sales invoice to the account of
 * {@link CustomerBodies} with one line of the card of {@link StockCardBodies} (2 × 1250.50 at 20 %),
 * changed per test.
 */
final class InvoiceBodies extends JsonBodies<InvoiceBodies> {

    private InvoiceBodies() {
        super(Json.object()
                .put("belgeSeri", "EFA")
                .put("belgeTarihi", "15/12/2026")
                .put("vadeTarihi", "14/01/2027")
                .put("belgeTakipNo", "KATANA-SO-1")
                .put("belgeTurDetayId", "76")
                .put("faturaTur", "1")
                .put("paraBirimKod", "TRY")
                .put("kdvFlag", true)
                .put("musteriTedarikci", "1")
                .put("cariKodu", "KTN-7000001"));
        body.putArray("detayList").add(stockLine("TR-000001-1", "2", "1250.50", "0.20"));
    }

    static InvoiceBodies anInvoice() {
        return new InvoiceBodies();
    }

    static ObjectNode stockLine(String code, String quantity, String unitPrice, String vatRate) {
        return Json.object().put("kartTuru", 1).put("kartKodu", code).put("miktar", new BigDecimal(quantity))
                .put("birimFiyat", new BigDecimal(unitPrice)).put("kdvOran", new BigDecimal(vatRate)).put("depoKodu", "001");
    }

    /** A shipping line on the simulator's default service card. */
    static ObjectNode shippingLine(String price) {
        return Json.object().put("kartTuru", 2).put("kartKodu", "KARGO").put("miktar", 1)
                .put("birimFiyat", new BigDecimal(price)).put("kdvOran", new BigDecimal("0.20"));
    }

    InvoiceBodies withLine(ObjectNode line) {
        lines().add(line);
        return this;
    }

    InvoiceBodies withOnlyLines(ObjectNode... lines) {
        lines().removeAll().addAll(List.of(lines));
        return this;
    }

    /** Changes line {@code index} (from 0). */
    InvoiceBodies onLine(int index, Consumer<ObjectNode> change) {
        change.accept((ObjectNode) lines().get(index));
        return this;
    }

    private ArrayNode lines() {
        return (ArrayNode) body.get("detayList");
    }
}
