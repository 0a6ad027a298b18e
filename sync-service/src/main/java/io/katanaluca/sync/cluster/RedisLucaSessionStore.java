package io.katanaluca.sync.cluster;

import io.katanaluca.sync.luca.LucaSession;
import io.katanaluca.sync.luca.LucaSessionStore;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The Luca session shared through Redis: one key holding the session until it expires, and a
 * login lock taken with {@code SET NX PX}, released only by its holder (compare and delete in one
 * script), and gone by itself after the lease if its node died.
 */
class RedisLucaSessionStore implements LucaSessionStore {

    private static final String DELETE_IF_EQUAL = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

    private final RedisCommands<String, String> redis;
    private final RedisKeys keys;
    private final Clock clock;

    RedisLucaSessionStore(RedisCommands<String, String> redis, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Optional<LucaSession> current() {
        return Optional.ofNullable(redis.get(keys.lucaSession())).map(RedisLucaSessionStore::parse);
    }

    @Override
    public void save(LucaSession session) {
        long ttl = Duration.between(clock.instant(), session.expiresAt()).toMillis();
        if (ttl > 0) {
            redis.set(keys.lucaSession(), format(session), SetArgs.Builder.px(ttl));
        }
    }

    @Override
    public void discard(LucaSession stale) {
        current().filter(stored -> stored.sessionId().equals(stale.sessionId()))
                .ifPresent(stored -> deleteIfEqual(keys.lucaSession(), format(stored)));
    }

    @Override
    public boolean tryLockLogin(String holder, Duration lease) {
        return "OK".equals(redis.set(keys.lucaLoginLock(), holder, SetArgs.Builder.nx().px(lease.toMillis())));
    }

    @Override
    public void unlockLogin(String holder) {
        deleteIfEqual(keys.lucaLoginLock(), holder);
    }

    private void deleteIfEqual(String key, String expected) {
        redis.eval(DELETE_IF_EQUAL, ScriptOutputType.INTEGER, new String[] {key}, expected);
    }

    private static String format(LucaSession session) {
        return session.sessionId() + "|" + session.createdAt().toEpochMilli() + "|" + session.expiresAt().toEpochMilli();
    }

    private static LucaSession parse(String stored) {
        String[] parts = stored.split("\\|");
        return new LucaSession(parts[0], Instant.ofEpochMilli(Long.parseLong(parts[1])), Instant.ofEpochMilli(Long.parseLong(parts[2])));
    }
}
