package io.katanaluca.sync.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.katanaluca.sync.system.ClusterMode;
import io.katanaluca.sync.product.domain.StockCardCache;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** The in-process stock card cache: the embedded default, and each node's own cache when there is no Redis. */
@Component
@Conditional(ClusterMode.WithoutRedis.class)
public class CaffeineStockCardCache implements StockCardCache {

    private final Cache<String, Long> cards = Caffeine.newBuilder().recordStats().build();

    @Override
    public Optional<Long> skartIdFor(String cardCode) {
        return Optional.ofNullable(cards.getIfPresent(cardCode));
    }

    @Override
    public void put(String cardCode, long skartId) {
        cards.put(cardCode, skartId);
    }

    @Override
    public void replaceAll(Map<String, Long> skartIdsByCode) {
        cards.invalidateAll();
        cards.putAll(skartIdsByCode);
    }

    @Override
    public long size() {
        return cards.estimatedSize();
    }

    public CacheStats stats() {
        return cards.stats();
    }
}
