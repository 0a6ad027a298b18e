package io.katanaluca.sync.product.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Card code → Luca {@code skartId}, warmed from Luca's own listing at the start of a run (the
 * seed's {@code IStockCardCache}). It only saves calls: the mapping table stays the source of
 * truth, so an empty or flushed cache costs speed, never correctness.
 */
public interface StockCardCache {

    Optional<Long> skartIdFor(String cardCode);

    void put(String cardCode, long skartId);

    /** Replaces the whole content with a fresh listing of Luca. */
    void replaceAll(Map<String, Long> skartIdsByCode);

    long size();

    /**
     * Whether the cache still holds a complete listing of Luca. A shared cache can lose it (Redis
     * flushed, or its time to live ran out); until it is warmed again, a miss must not be read as
     * "Luca has no such card".
     */
    default boolean isWarm() {
        return true;
    }
}
