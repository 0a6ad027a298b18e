package io.katanaluca.sync.cluster;

/**
 * Every Redis key this service uses, under one prefix ({@code sync.cluster.redis-key-prefix},
 * default {@code katana-luca-sync:}). The README lists them with their lifetimes.
 */
record RedisKeys(String prefix) {

    /** Hash: card code → Luca {@code skartId}; lives {@code sync.cluster.cache-ttl} after its last write. */
    String stockCards() {
        return prefix + "stock-cards";
    }

    /** A stock card listing being loaded, renamed over {@link #stockCards()} when complete. */
    String stockCardsLoading(String token) {
        return prefix + "stock-cards:loading:" + token;
    }

    /** String {@code sessionId|createdAt|expiresAt} (epoch ms); expires with the session. */
    String lucaSession() {
        return prefix + "luca:session";
    }

    /** String: the node logging in to Luca now; expires after the login lease. */
    String lucaLoginLock() {
        return prefix + "luca:login-lock";
    }

    /** Sorted set: write permits taken, scored by the end of their lease. */
    String lucaWritePermits() {
        return prefix + "luca:write-permits";
    }

    /** Bucket4j's state of the Katana budget of one API key (identified by a hash, never the key). */
    String katanaBudget(String apiKeyHash) {
        return prefix + "katana:budget:" + apiKeyHash;
    }
}
