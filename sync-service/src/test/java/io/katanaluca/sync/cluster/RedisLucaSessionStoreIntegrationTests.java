package io.katanaluca.sync.cluster;

import io.katanaluca.sync.luca.LucaSessionStore;
import io.katanaluca.sync.luca.LucaSessionStoreContract;
import io.lettuce.core.RedisClient;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

class RedisLucaSessionStoreIntegrationTests extends LucaSessionStoreContract {

    private static final RedisClient CLIENT = RedisClient.create(EmbeddedServers.redisUrl());

    private RedisKeys keys;

    @AfterAll
    static void disconnect() {
        CLIENT.shutdown();
    }

    @Override
    protected LucaSessionStore newStore() {
        keys = new RedisKeys("test-" + UUID.randomUUID() + ":");
        return sameStorageAs(null);
    }

    @Override
    protected LucaSessionStore sameStorageAs(LucaSessionStore store) {
        return new RedisLucaSessionStore(CLIENT.connect().sync(), keys, clock);
    }
}
