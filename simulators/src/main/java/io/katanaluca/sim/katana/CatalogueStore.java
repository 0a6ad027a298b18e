package io.katanaluca.sim.katana;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue's state and its concurrency rules. Writers take the lock and replace a record
 * with a changed copy; readers take the current {@link CatalogueSnapshot}, rebuilt after a change.
 */
final class CatalogueStore {

    private final Object lock = new Object();
    private final Map<Long, ObjectNode> products = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> materials = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> customers = new LinkedHashMap<>();
    private final Map<Long, Long> variantOwners = new HashMap<>();
    private final IdCounters ids = new IdCounters();
    private final RecordDefaults defaults = new RecordDefaults(ids);
    private final SalesOrderTables salesOrders = new SalesOrderTables(ids);
    private final CatalogueListeners listeners = new CatalogueListeners();
    private volatile Clock clock = Clock.systemUTC();
    private volatile CatalogueSnapshot snapshot;

    CatalogueSnapshot snapshot() {
        CatalogueSnapshot current = snapshot;
        if (current != null) {
            return current;
        }
        synchronized (lock) {
            if (snapshot == null) {
                snapshot = new CatalogueSnapshot(products.values(), materials.values(), customers.values(),
                        salesOrders);
            }
            return snapshot;
        }
    }

    /** Adds a product ("product") or material ("material"), completed with defaults; returns its id. */
    long addItem(ObjectNode item, String type) {
        ObjectNode complete;
        synchronized (lock) {
            complete = defaults.item(item.deepCopy(), type, now());
            long id = complete.path("id").asLong();
            if (products.containsKey(id) || materials.containsKey(id)) {
                throw new IllegalArgumentException("Duplicate product/material id " + id);
            }
            replace("product".equals(type) ? products : materials, complete);
        }
        listeners.publish(CatalogueEvent.added(complete));
        return complete.path("id").asLong();
    }

    long addCustomer(ObjectNode customer) {
        synchronized (lock) {
            ObjectNode complete = defaults.customer(customer.deepCopy(), now());
            customers.put(complete.path("id").asLong(), complete);
            snapshot = null;
            return complete.path("id").asLong();
        }
    }

    /** Changes a copy of a customer and bumps its updated_at. */
    void changeCustomer(long customerId, Consumer<ObjectNode> change) {
        synchronized (lock) {
            ObjectNode customer = customers.get(customerId);
            if (customer == null) {
                throw new NoSuchElementException("No customer " + customerId);
            }
            ObjectNode changed = customer.deepCopy();
            change.accept(changed);
            changed.put("updated_at", now());
            customers.put(customerId, changed);
            snapshot = null;
        }
    }

    /** Changes a copy of a product or material and bumps its updated_at. */
    void changeItem(long itemId, Consumer<ObjectNode> change) {
        CatalogueEvent event;
        synchronized (lock) {
            Map<Long, ObjectNode> items = itemsHolding(itemId);
            ObjectNode item = items.get(itemId).deepCopy();
            change.accept(item);
            item.put("updated_at", now());
            event = CatalogueEvent.changed(item.path("type").asString(), items.get(itemId), item);
            replace(items, item);
        }
        listeners.publish(event);
    }

    /** Changes a copy of a variant and bumps updated_at of the variant and its product. */
    void changeVariant(long variantId, Consumer<ObjectNode> change) {
        CatalogueEvent event;
        synchronized (lock) {
            Long ownerId = variantOwners.get(variantId);
            if (ownerId == null) {
                throw new NoSuchElementException("No variant " + variantId);
            }
            Map<Long, ObjectNode> items = itemsHolding(ownerId);
            ObjectNode owner = items.get(ownerId).deepCopy();
            change.accept(variantIn(owner, variantId));
            String now = now();
            variantIn(owner, variantId).put("updated_at", now);
            owner.put("updated_at", now);
            event = CatalogueEvent.changed("variant", variantIn(items.get(ownerId), variantId),
                    variantIn(owner, variantId));
            replace(items, owner);
        }
        listeners.publish(event);
    }

    /**
     * Runs a change of sales orders, fulfillments or tax rates under the lock; the events it adds
     * to the list are published after the lock is released.
     */
    <T> T changeSalesOrders(BiFunction<SalesOrderTables, List<CatalogueEvent>, T> change) {
        List<CatalogueEvent> events = new ArrayList<>();
        T result;
        synchronized (lock) {
            result = change.apply(salesOrders, events);
            snapshot = null;
        }
        listeners.publish(events);
        return result;
    }

    /** Listeners hear about product, material, variant and sales order changes, after each change. */
    CatalogueListeners listeners() {
        return listeners;
    }

    String now() {
        return Timestamps.format(clock.instant());
    }

    void useClock(Clock clock) {
        this.clock = clock;
    }

    /** Called under the lock with a record no reader has seen yet. */
    private void replace(Map<Long, ObjectNode> items, ObjectNode item) {
        long id = item.path("id").asLong();
        items.put(id, item);
        item.path("variants").forEach(variant -> variantOwners.put(variant.path("id").asLong(), id));
        snapshot = null;
    }

    private Map<Long, ObjectNode> itemsHolding(long itemId) {
        if (products.containsKey(itemId)) {
            return products;
        }
        if (materials.containsKey(itemId)) {
            return materials;
        }
        throw new NoSuchElementException("No product or material " + itemId);
    }

    private static ObjectNode variantIn(ObjectNode owner, long variantId) {
        for (JsonNode variant : owner.path("variants")) {
            if (variant.path("id").asLong() == variantId) {
                return (ObjectNode) variant;
            }
        }
        throw new NoSuchElementException("No variant " + variantId);
    }
}
