package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** ListeleStkSkart.do, EkleStkWsSkart.do, GuncelleStkWsSkart.do and the unit list. */
final class StockCardActions {

    private static final List<String> LIST_FIELDS = List.of("uzunAdi", "barkod", "kartTuru", "kartTipi",
            "olcumBirimiId", "kategoriAgacKod", "perakendeAlisBirimFiyat", "perakendeSatisBirimFiyat",
            "kartAlisKdvOran", "kartSatisKdvOran");

    private final StockCards stockCards;
    private final LucaSimulatorConfig config;

    StockCardActions(StockCards stockCards, LucaSimulatorConfig config) {
        this.stockCards = stockCards;
        this.config = config;
    }

    HttpReply create(LucaCall call) {
        return stockCards.create(call.json().orElse(null)).reply(card -> LucaReplies.json(Json.object()
                .put("skartId", card.skartId()).put("error", false).put("message",
                        card.kartKodu() + " - " + card.kartAdi() + " stok kartı başarılı bir şekilde kaydedilmiştir.")));
    }

    HttpReply update(LucaCall call) {
        Optional<LucaProblem> problem = stockCards.update(call.json().orElse(null));
        return problem.map(LucaReplies::problem)
                .orElseGet(() -> LucaReplies.json(LucaReplies.ok("Stok kartı güncellendi.")));
    }

    HttpReply delete(LucaCall call) {
        Optional<LucaProblem> problem = stockCards.delete(call.json().orElse(null));
        return problem.map(LucaReplies::problem)
                .orElseGet(() -> LucaReplies.json(LucaReplies.ok("Stok kartı silindi.")));
    }

    /** Without {@code No-Paging: true} only the first {@value LucaLists#PAGE_SIZE} cards come back. */
    HttpReply list(LucaCall call) {
        return LucaLists.list(call, List.of(), body -> StockCardFilter.parse(body.path("stkSkart")),
                stockCards.store().all(), this::wrapped, StockCardActions::listItem);
    }

    HttpReply units(LucaCall call) {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("list");
        config.units().forEach(u -> list.addObject().put("id", u.id()).put("kod", u.kod()).put("ad", u.ad())
                .put("kisa", u.kisa()).put("aktif", 1));
        return LucaReplies.json(body);
    }

    /** List items name the code {@code kod}, not {@code kartKodu} as in the create body. */
    private static ObjectNode listItem(StoredStockCard card) {
        ObjectNode item = Json.object();
        item.put("skartId", card.skartId());
        item.put("kod", card.kartKodu());
        item.put("kartAdi", card.kartAdi());
        LIST_FIELDS.forEach(field -> item.set(field, card.field(field).isMissingNode() ? null : card.field(field)));
        return item;
    }

    private JsonNode wrapped(ArrayNode items) {
        String key = config.stockListKey();
        return key.equals(LucaSimulatorConfig.BARE_ARRAY) ? items : Json.object().set(key, items);
    }
}
