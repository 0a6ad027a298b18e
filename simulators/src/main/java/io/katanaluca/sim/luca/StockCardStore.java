package io.katanaluca.sim.luca;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stock cards indexed by code and by id. A create is atomic per code (two concurrent creates
 * of one code make one card); updates are serialised, which keeps code changes consistent.
 */
final class StockCardStore {

    /** The skartId of Luca's documented sample reply. */
    static final long FIRST_ID = 79409;

    enum UpdateResult { UPDATED, NOT_FOUND, DUPLICATE_CODE }

    private final Map<String, StoredStockCard> byCode = new ConcurrentHashMap<>();
    private final Map<Long, StoredStockCard> byId = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(FIRST_ID);
    private final Object updateLock = new Object();

    /** Empty when the code is taken. Ids are only used on success, so they have no gaps. */
    Optional<StoredStockCard> create(ObjectNode json, Instant now) {
        String code = json.path("kartKodu").asString();
        AtomicBoolean created = new AtomicBoolean();
        StoredStockCard card = byCode.computeIfAbsent(code, c -> {
            created.set(true);
            return new StoredStockCard(nextId.getAndIncrement(), c, json.path("kartAdi").asString(), json, now, now, 0);
        });
        if (!created.get()) {
            return Optional.empty();
        }
        byId.put(card.skartId(), card);
        return Optional.of(card);
    }

    UpdateResult update(long skartId, ObjectNode changes, Instant now) {
        synchronized (updateLock) {
            StoredStockCard old = byId.get(skartId);
            if (old == null) {
                return UpdateResult.NOT_FOUND;
            }
            StoredStockCard updated = old.updatedWith(changes, now);
            if (!updated.kartKodu().equals(old.kartKodu()) && byCode.putIfAbsent(updated.kartKodu(), updated) != null) {
                return UpdateResult.DUPLICATE_CODE;
            }
            byCode.remove(old.kartKodu(), old);
            byCode.put(updated.kartKodu(), updated);
            byId.put(skartId, updated);
            return UpdateResult.UPDATED;
        }
    }

    /** False when there is no such card. */
    boolean delete(long skartId) {
        synchronized (updateLock) {
            StoredStockCard card = byId.remove(skartId);
            if (card == null) {
                return false;
            }
            byCode.remove(card.kartKodu(), card);
            return true;
        }
    }

    Optional<StoredStockCard> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Oldest first, the order the list action serves. */
    List<StoredStockCard> all() {
        return byId.values().stream().sorted(Comparator.comparingLong(StoredStockCard::skartId)).toList();
    }

    int size() {
        return byId.size();
    }

    void clear() {
        synchronized (updateLock) {
            byCode.clear();
            byId.clear();
            nextId.set(FIRST_ID);
        }
    }
}
