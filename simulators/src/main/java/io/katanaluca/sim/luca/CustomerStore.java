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
 * Customer accounts indexed by code. A create is atomic per code, as for stock cards; an account
 * sent without a code gets the next {@code M000001}-style code (Luca assigns one; its format is a choice).
 */
final class CustomerStore {

    static final long FIRST_ID = 210001;

    private final Map<String, StoredCustomer> byCode = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(FIRST_ID);
    private final AtomicLong nextCode = new AtomicLong(1);

    /** Empty when the code is taken. Ids are only used on success, so they have no gaps. */
    synchronized Optional<StoredCustomer> create(ObjectNode json, Instant now) {
        String sent = json.path("kartKod").asString("").trim();
        String code = sent.isEmpty() ? String.format("M%06d", nextCode.getAndIncrement()) : json.path("kartKod").asString();
        AtomicBoolean created = new AtomicBoolean();
        StoredCustomer customer = byCode.computeIfAbsent(code, c -> {
            created.set(true);
            return new StoredCustomer(nextId.getAndIncrement(), c, json.path("tanim").asString(), json, now);
        });
        return created.get() ? Optional.of(customer) : Optional.empty();
    }

    Optional<StoredCustomer> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Oldest first, the order the list action serves. */
    List<StoredCustomer> all() {
        return byCode.values().stream().sorted(Comparator.comparingLong(StoredCustomer::finansalNesneId)).toList();
    }

    int size() {
        return byCode.size();
    }

    synchronized void clear() {
        byCode.clear();
        nextId.set(FIRST_ID);
        nextCode.set(1);
    }
}
