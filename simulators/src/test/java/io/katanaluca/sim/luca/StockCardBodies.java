package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.Json;
import java.math.BigDecimal;
import tools.jackson.databind.node.ObjectNode;

/** Builds EkleStkWsSkart.do bodies: a valid one by default, changed per test. */
final class StockCardBodies {

    private final ObjectNode body = Json.object()
            .put("kartAdi", "Çelik Boru")
            .put("kartKodu", "TR-000001-1")
            .put("kartTuru", 1)
            .put("kartTipi", 1)
            .put("baslangicTarihi", "15/03/2025")
            .put("olcumBirimiId", 1)
            .put("kartAlisKdvOran", 1)
            .put("perakendeSatisBirimFiyat", new BigDecimal("1250.50"));

    static StockCardBodies aStockCard() {
        return new StockCardBodies();
    }

    StockCardBodies with(String field, String value) {
        body.put(field, value);
        return this;
    }

    StockCardBodies with(String field, int value) {
        body.put(field, value);
        return this;
    }

    StockCardBodies withNull(String field) {
        body.putNull(field);
        return this;
    }

    StockCardBodies without(String field) {
        body.remove(field);
        return this;
    }

    String json() {
        return Json.text(body);
    }
}
