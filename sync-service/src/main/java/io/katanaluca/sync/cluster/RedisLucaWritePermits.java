package io.katanaluca.sync.cluster;

import io.katanaluca.sync.luca.LucaWritePermits;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The cluster-wide cap on concurrent Luca writes in Redis: a sorted set of the permits taken,
 * each scored by the end of its lease in Redis's own time, so node clocks do not matter. Taking a
 * permit first drops the expired ones (a node that died), then counts, in one script.
 */
class RedisLucaWritePermits implements LucaWritePermits {

    private static final String TRY_ACQUIRE = """
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
            if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
            redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1""";

    private final RedisCommands<String, String> redis;
    private final RedisKeys keys;
    private final int cap;
    private final Duration lease;

    RedisLucaWritePermits(RedisCommands<String, String> redis, RedisKeys keys, int cap, Duration lease) {
        this.redis = redis;
        this.keys = keys;
        this.cap = cap;
        this.lease = lease;
    }

    @Override
    public Optional<String> tryAcquire() {
        String permit = UUID.randomUUID().toString();
        Long taken = redis.eval(TRY_ACQUIRE, ScriptOutputType.INTEGER, new String[] {keys.lucaWritePermits()},
                Integer.toString(cap), Long.toString(lease.toMillis()), permit);
        return taken != null && taken == 1 ? Optional.of(permit) : Optional.empty();
    }

    @Override
    public void release(String permit) {
        redis.zrem(keys.lucaWritePermits(), permit);
    }
}
