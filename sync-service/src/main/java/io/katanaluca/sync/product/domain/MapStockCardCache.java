package io.katanaluca.sync.product.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A stock card cache over a plain map: for a one-off plan (the mapping preview) and for tests. */
public final class MapStockCardCache implements StockCardCache {

    private final Map<String, Long> cards;

    public MapStockCardCache(Map<String, Long> cards) {
        this.cards = new HashMap<>(cards);
    }

    @Override
    public Optional<Long> skartIdFor(String cardCode) {
        return Optional.ofNullable(cards.get(cardCode));
    }

    @Override
    public void put(String cardCode, long skartId) {
        cards.put(cardCode, skartId);
    }

    @Override
    public void replaceAll(Map<String, Long> skartIdsByCode) {
        cards.clear();
        cards.putAll(skartIdsByCode);
    }

    @Override
    public long size() {
        return cards.size();
    }
}
