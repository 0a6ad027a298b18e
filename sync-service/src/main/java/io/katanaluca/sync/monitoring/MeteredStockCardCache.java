package io.katanaluca.sync.monitoring;

import io.katanaluca.sync.product.domain.StockCardCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the stock card cache's lookups as Micrometer's usual {@code cache.gets{cache="stockCards",result="hit|miss"}}
 * and its size as {@code cache.size}, whatever holds the cards (Caffeine here, Redis when scaled out).
 */
class MeteredStockCardCache implements StockCardCache {

    private final StockCardCache cards;
    private final Counter hits;
    private final Counter misses;

    MeteredStockCardCache(StockCardCache cards, MeterRegistry registry) {
        this.cards = cards;
        this.hits = gets("hit", registry);
        this.misses = gets("miss", registry);
        Gauge.builder("cache.size", cards, StockCardCache::size).tag("cache", "stockCards").description("Stock cards in the cache").register(registry);
    }

    private static Counter gets(String result, MeterRegistry registry) {
        return Counter.builder("cache.gets").tag("cache", "stockCards").tag("result", result)
                .description("Stock card cache lookups by card code").register(registry);
    }

    @Override
    public Optional<Long> skartIdFor(String cardCode) {
        Optional<Long> found = cards.skartIdFor(cardCode);
        (found.isPresent() ? hits : misses).increment();
        return found;
    }

    @Override
    public void put(String cardCode, long skartId) {
        cards.put(cardCode, skartId);
    }

    @Override
    public void replaceAll(Map<String, Long> skartIdsByCode) {
        cards.replaceAll(skartIdsByCode);
    }

    @Override
    public long size() {
        return cards.size();
    }

    @Override
    public boolean isWarm() {
        return cards.isWarm();
    }
}
