package io.katanaluca.sync.cluster;

import io.katanaluca.sync.luca.LucaWritePermits;
import io.katanaluca.sync.luca.LucaWritePermitsContract;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

class RedisLucaWritePermitsIntegrationTests extends LucaWritePermitsContract {

    private static final RedisClient CLIENT = RedisClient.create(EmbeddedServers.redisUrl());

    private RedisKeys keys;

    @AfterAll
    static void disconnect() {
        CLIENT.shutdown();
    }

    @Override
    protected LucaWritePermits newPermits(int cap, Duration lease) {
        keys = new RedisKeys("test-" + UUID.randomUUID() + ":");
        return sameStorageAs(null, cap, lease);
    }

    @Override
    protected LucaWritePermits sameStorageAs(LucaWritePermits permits, int cap, Duration lease) {
        return new RedisLucaWritePermits(CLIENT.connect().sync(), keys, cap, lease);
    }

    @Override
    protected boolean expiresLeases() {
        return true;
    }
}
