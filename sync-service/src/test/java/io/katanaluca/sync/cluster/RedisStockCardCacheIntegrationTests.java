package io.katanaluca.sync.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.product.domain.StockCardCache;
import io.katanaluca.sync.product.domain.StockCardCacheContract;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class RedisStockCardCacheIntegrationTests extends StockCardCacheContract {

    private static final RedisClient CLIENT = RedisClient.create(EmbeddedServers.redisUrl());
    private static final StatefulRedisConnection<String, String> REDIS = CLIENT.connect();

    private RedisKeys keys;

    @AfterAll
    static void disconnect() {
        REDIS.close();
        CLIENT.shutdown();
    }

    @Override
    protected StockCardCache newCache() {
        keys = new RedisKeys("test-" + UUID.randomUUID() + ":");
        return new RedisStockCardCache(REDIS.sync(), keys, Duration.ofHours(1));
    }

    @Override
    protected StockCardCache sameStorageAs(StockCardCache cache) {
        StatefulRedisConnection<String, String> anotherNode = CLIENT.connect();
        return new RedisStockCardCache(anotherNode.sync(), keys, Duration.ofHours(1));
    }

    @Test
    void shouldKeepTheCacheForItsTimeToLive() {
        StockCardCache cache = newCache();

        cache.replaceAll(Map.of("TR-1", 1L));

        assertThat(REDIS.sync().pttl(keys.stockCards())).isBetween(Duration.ofMinutes(59).toMillis(), Duration.ofHours(1).toMillis());
    }

    @Test
    void shouldShowAsColdOnceRedisLostTheListing() {
        StockCardCache cache = newCache();
        cache.replaceAll(Map.of("TR-1", 1L));

        REDIS.sync().del(keys.stockCards());
        cache.put("TR-2", 2L);

        assertThat(cache.isWarm()).isFalse();
        assertThat(cache.skartIdFor("TR-1")).isEmpty();
        assertThat(cache.skartIdFor("TR-2")).contains(2L);
        assertThat(REDIS.sync().pttl(keys.stockCards())).isPositive();
        cache.replaceAll(Map.of("TR-1", 1L));
        assertThat(cache.isWarm()).isTrue();
    }
}
