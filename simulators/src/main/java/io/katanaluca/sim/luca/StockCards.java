package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.Json;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Creating, updating and deleting stock cards: the rules, then the store. Shared by the API and the Java seeding. */
final class StockCards {

    static final String DUPLICATE_CODE = "Kart kodu daha önce kullanılmış";
    static final String NOT_FOUND = "Stok kartı bulunamadı.";

    /** What GuncelleStkWsSkart.do changes; anything else in an update body is ignored. */
    static final List<String> UPDATABLE = List.of("kartKodu", "kartAdi", "uzunAdi", "barkod", "kategoriAgacKod",
            "perakendeAlisBirimFiyat", "perakendeSatisBirimFiyat", "olcumBirimiId", "kartAlisKdvOran",
            "kartSatisKdvOran", "gtipKodu");

    private final StockCardStore store;
    private final StockCardRules rules;
    private final Clock clock;

    StockCards(StockCardStore store, StockCardRules rules, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.clock = clock;
    }

    /** The body is kept exactly as received. */
    Created<StoredStockCard> create(JsonNode body) {
        return Created.unless(rules.checkCreate(body), () -> store.create((ObjectNode) body, clock.instant())
                .map(Created::of).orElseGet(() -> Created.refused(new LucaProblem(DUPLICATE_CODE))));
    }

    Optional<LucaProblem> update(JsonNode body) {
        Optional<LucaProblem> problem = rules.checkUpdate(body);
        if (problem.isPresent()) {
            return problem;
        }
        long skartId = LucaFields.longValue(body.path("skartId"));
        return switch (store.update(skartId, changes(body), clock.instant())) {
            case UPDATED -> Optional.empty();
            case NOT_FOUND -> Optional.of(new LucaProblem(NOT_FOUND));
            case DUPLICATE_CODE -> Optional.of(new LucaProblem(DUPLICATE_CODE));
        };
    }

    /** SilStkSkart.do: the card is gone, its code free again. */
    Optional<LucaProblem> delete(JsonNode body) {
        Optional<LucaProblem> problem = rules.checkDelete(body);
        if (problem.isPresent()) {
            return problem;
        }
        return store.delete(LucaFields.longValue(body.path("skartId"))) ? Optional.empty() : Optional.of(new LucaProblem(NOT_FOUND));
    }

    StockCardStore store() {
        return store;
    }

    /** null and missing both mean "leave as it is". */
    private static ObjectNode changes(JsonNode body) {
        ObjectNode changes = Json.object();
        UPDATABLE.stream().filter(body::hasNonNull).forEach(field -> changes.set(field, body.get(field)));
        return changes;
    }
}
