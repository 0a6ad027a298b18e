package io.katanaluca.sync.cluster;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.katanaluca.sync.katana.KatanaRateLimiter;
import io.katanaluca.sync.katana.KatanaRateLimiterContract;
import io.katanaluca.sync.katana.Sleeper;
import io.lettuce.core.RedisClient;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/** The Katana budget of a cluster: Bucket4j on a real Redis, each "node" with its own connection. */
class RedisKatanaRateLimiterIntegrationTests extends KatanaRateLimiterContract {

    private static final RedisClient CLIENT = RedisClient.create(EmbeddedServers.redisUrl());

    private String key;

    @AfterAll
    static void disconnect() {
        CLIENT.shutdown();
    }

    @Override
    protected KatanaRateLimiter newLimiter(int quota, Duration period, Clock clock, Sleeper sleeper) {
        key = new RedisKeys("test-" + UUID.randomUUID() + ":").katanaBudget(KatanaBudgetKey.hashOf("katana-test-key"));
        return sameBudgetAs(null, quota, period, clock, sleeper);
    }

    @Override
    protected KatanaRateLimiter sameBudgetAs(KatanaRateLimiter limiter, int quota, Duration period, Clock clock, Sleeper sleeper) {
        var buckets = Bucket4jLettuce.casBasedBuilder(CLIENT.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE)))
                .clientClock(new ClockTimeMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        return new Bucket4jKatanaRateLimiter(buckets.builder().build(key, () -> Bucket4jKatanaRateLimiter.quota(quota, period)),
                quota, period, clock, sleeper);
    }
}
