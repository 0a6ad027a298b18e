package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.Json;
import java.math.BigDecimal;

/** Builds EkleStkWsSkart.do bodies: a valid one by default, changed per test. */
final class StockCardBodies extends JsonBodies<StockCardBodies> {

    private StockCardBodies() {
        super(Json.object()
                .put("kartAdi", "Çelik Boru")
                .put("kartKodu", "TR-000001-1")
                .put("kartTuru", 1)
                .put("kartTipi", 1)
                .put("baslangicTarihi", "15/03/2025")
                .put("olcumBirimiId", 1)
                .put("kartAlisKdvOran", 1)
                .put("perakendeSatisBirimFiyat", new BigDecimal("1250.50")));
    }

    static StockCardBodies aStockCard() {
        return new StockCardBodies();
    }
}
