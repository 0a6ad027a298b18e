package io.katanaluca.sync.cluster;

import io.katanaluca.sync.product.domain.StockCardCache;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stock card cache every node shares: one Redis hash, card code → {@code skartId}. A fresh
 * listing is loaded under a temporary key and renamed over the old one, so readers never see half
 * a listing, and marked complete by a field no card code can have, so that a flushed or expired
 * cache shows as cold and is warmed again. The cache only saves calls (the mapping table is the
 * source of truth), so when Redis answers with an error a read is a miss and a write is skipped:
 * slower, never wrong.
 */
class RedisStockCardCache implements StockCardCache {

    private static final Logger log = LoggerFactory.getLogger(RedisStockCardCache.class);
    private static final int LOAD_CHUNK = 1000;
    /** Luca card codes are printable text of at most 50 characters; this field name is neither. */
    static final String COMPLETE = "\u0000listing-complete";

    private final RedisCommands<String, String> redis;
    private final RedisKeys keys;
    private final Duration ttl;

    RedisStockCardCache(RedisCommands<String, String> redis, RedisKeys keys, Duration ttl) {
        this.redis = redis;
        this.keys = keys;
        this.ttl = ttl;
    }

    @Override
    public Optional<Long> skartIdFor(String cardCode) {
        try {
            return Optional.ofNullable(redis.hget(keys.stockCards(), cardCode)).map(Long::valueOf);
        } catch (RedisException e) {
            log.warn("Stock card cache unavailable, treating {} as not cached: {}", cardCode, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void put(String cardCode, long skartId) {
        try {
            redis.hset(keys.stockCards(), cardCode, Long.toString(skartId));
            redis.pexpire(keys.stockCards(), ttl.toMillis());
        } catch (RedisException e) {
            log.warn("Stock card cache unavailable, {} not cached: {}", cardCode, e.getMessage());
        }
    }

    @Override
    public void replaceAll(Map<String, Long> skartIdsByCode) {
        String loading = keys.stockCardsLoading(UUID.randomUUID().toString());
        redis.hset(loading, COMPLETE, "1");
        redis.pexpire(loading, ttl.toMillis()); // a node that dies mid-load leaves nothing behind for long
        Iterator<Map.Entry<String, Long>> cards = skartIdsByCode.entrySet().iterator();
        while (cards.hasNext()) {
            redis.hset(loading, nextChunk(cards));
        }
        redis.rename(loading, keys.stockCards());
        redis.pexpire(keys.stockCards(), ttl.toMillis());
    }

    private static Map<String, String> nextChunk(Iterator<Map.Entry<String, Long>> cards) {
        Map<String, String> chunk = new HashMap<>();
        while (cards.hasNext() && chunk.size() < LOAD_CHUNK) {
            Map.Entry<String, Long> card = cards.next();
            chunk.put(card.getKey(), card.getValue().toString());
        }
        return chunk;
    }

    @Override
    public long size() {
        long fields = redis.hlen(keys.stockCards());
        return isWarm() ? fields - 1 : fields;
    }

    @Override
    public boolean isWarm() {
        try {
            return redis.hexists(keys.stockCards(), COMPLETE);
        } catch (RedisException e) {
            log.warn("Stock card cache unavailable; going on without it: {}", e.getMessage());
            return true; // misses then cost a duplicate answer and an adoption, never a second card
        }
    }
}
