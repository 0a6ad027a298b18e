package io.katanaluca.sim.luca;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Sales invoices by id, and their numbers per series. Without a sent number an invoice gets the
 * highest number its series ever had plus one, so Luca's own numbering is continuous and never
 * hands out a number twice, not even one freed by a delete (the simulator's choice; a sent number
 * may take a free one). A sent number must not belong to a stored invoice of the series.
 * Creates and deletes are serialised, so concurrent creates never share a number.
 */
final class InvoiceStore {

    /** Luca's real ids are not known; this start keeps them apart from cards and accounts. */
    static final long FIRST_ID = 500001;

    private final Map<Long, StoredInvoice> byId = new LinkedHashMap<>();
    private final Set<String> usedNumbers = new HashSet<>();
    private final Map<String, Long> highestNumbers = new HashMap<>();
    private long nextId = FIRST_ID;

    /**
     * Empty when the sent number is taken. {@code build} gets the id and the number (digits
     * without leading zeros); ids are only used on success, so they have no gaps.
     */
    synchronized Optional<StoredInvoice> create(String series, Long sentNumber, BiFunction<Long, String, StoredInvoice> build) {
        long number = sentNumber != null ? sentNumber : highestNumbers.getOrDefault(series, 0L) + 1;
        if (!usedNumbers.add(key(series, number))) {
            return Optional.empty();
        }
        highestNumbers.merge(series, number, Math::max);
        StoredInvoice invoice = build.apply(nextId++, Long.toString(number));
        byId.put(invoice.ssFaturaBaslikId(), invoice);
        return Optional.of(invoice);
    }

    /** False when there is no such invoice. Its number is free again for a sent number. */
    synchronized boolean delete(long id) {
        StoredInvoice invoice = byId.remove(id);
        if (invoice == null) {
            return false;
        }
        usedNumbers.remove(key(invoice.belgeSeri(), Long.parseLong(invoice.belgeNo())));
        return true;
    }

    /** Oldest first, the order the list action serves. */
    synchronized List<StoredInvoice> all() {
        return new ArrayList<>(byId.values());
    }

    synchronized int size() {
        return byId.size();
    }

    synchronized void clear() {
        byId.clear();
        usedNumbers.clear();
        highestNumbers.clear();
        nextId = FIRST_ID;
    }

    private static String key(String series, long number) {
        return series + "/" + number;
    }
}
