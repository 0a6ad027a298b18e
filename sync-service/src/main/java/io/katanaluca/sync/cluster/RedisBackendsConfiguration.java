package io.katanaluca.sync.cluster;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.katanaluca.sync.katana.KatanaProperties;
import io.katanaluca.sync.katana.KatanaRateLimiter;
import io.katanaluca.sync.katana.Sleeper;
import io.katanaluca.sync.luca.LucaSessionStore;
import io.katanaluca.sync.luca.LucaWritePermits;
import io.katanaluca.sync.product.domain.StockCardCache;
import io.katanaluca.sync.run.SyncProperties;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.katanaluca.sync.system.ClusterMode;
import io.katanaluca.sync.system.ClusterProperties;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Redis ({@code spring.data.redis.url}, through Lettuce) shares the Luca session and its login
 * lock, the Katana budget, the Luca write permits and the stock card cache between the nodes.
 * Everything in Redis can be rebuilt: flushing it costs a login and some cache misses, never a
 * wrong outcome, because the database keeps the mappings and the per-record results.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ClusterMode.OnRedis.class)
class RedisBackendsConfiguration {

    @Bean(destroyMethod = "shutdown")
    RedisClient redisClient(@Value("${spring.data.redis.url}") String url) {
        RedisURI uri = RedisURI.create(url);
        if (!url.contains("timeout=")) {
            uri.setTimeout(Duration.ofSeconds(5));
        }
        return RedisClient.create(uri);
    }

    @Bean(destroyMethod = "close")
    StatefulRedisConnection<String, String> redisConnection(RedisClient redisClient) {
        return redisClient.connect();
    }

    @Bean
    RedisKeys redisKeys(ClusterProperties cluster) {
        return new RedisKeys(cluster.redisKeyPrefix());
    }

    @Bean
    StockCardCache redisStockCardCache(StatefulRedisConnection<String, String> redisConnection, RedisKeys keys, ClusterProperties cluster) {
        return new RedisStockCardCache(redisConnection.sync(), keys, cluster.cacheTtl());
    }

    @Bean
    LucaSessionStore redisLucaSessionStore(StatefulRedisConnection<String, String> redisConnection, RedisKeys keys, Clock clock) {
        return new RedisLucaSessionStore(redisConnection.sync(), keys, clock);
    }

    @Bean
    LucaWritePermits redisLucaWritePermits(StatefulRedisConnection<String, String> redisConnection, RedisKeys keys,
            SyncProperties sync, ClusterProperties cluster) {
        return new RedisLucaWritePermits(redisConnection.sync(), keys, sync.parallelism(), cluster.writePermitLease());
    }

    @Bean(destroyMethod = "close")
    StatefulRedisConnection<String, byte[]> bucket4jRedisConnection(RedisClient redisClient) {
        return redisClient.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    }

    @Bean
    KatanaRateLimiter redisKatanaRateLimiter(StatefulRedisConnection<String, byte[]> bucket4jRedisConnection, RedisKeys keys,
            KatanaProperties katana, Clock clock) {
        var buckets = Bucket4jLettuce.casBasedBuilder(bucket4jRedisConnection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        var bucket = buckets.builder().build(keys.katanaBudget(KatanaBudgetKey.hashOf(katana.apiKey())),
                () -> Bucket4jKatanaRateLimiter.quota(katana.rateLimitRequests(), katana.rateLimitPeriod()));
        return new Bucket4jKatanaRateLimiter(bucket, katana.rateLimitRequests(), katana.rateLimitPeriod(), clock, Sleeper.SYSTEM);
    }

}
