package io.katanaluca.sync.katana;

import java.time.Instant;
import java.util.List;

/**
 * What to list from Katana. Katana leaves archived and soft-deleted rows out unless asked; a sync
 * that must notice deletions asks for them.
 *
 * @param updatedAtMin only rows changed at or after this instant, or {@code null} for all
 * @param ids only these ids, or empty for all
 */
public record KatanaQuery(Resource resource, Instant updatedAtMin, boolean includeArchived, boolean includeDeleted, List<Long> ids) {

    public enum Resource {
        PRODUCTS("/products"),
        MATERIALS("/materials"),
        CUSTOMERS("/customers"),
        VARIANTS("/variants"),
        SALES_ORDERS("/sales_orders"),
        SALES_ORDER_FULFILLMENTS("/sales_order_fulfillments"),
        /** Singular, as Katana names it. */
        SALES_ORDER_SHIPPING_FEES("/sales_order_shipping_fee"),
        TAX_RATES("/tax_rates");

        private final String path;

        Resource(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    public KatanaQuery {
        if (resource == null) {
            throw new IllegalArgumentException("resource is required");
        }
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    public static KatanaQuery allProducts() {
        return new KatanaQuery(Resource.PRODUCTS, null, false, false, List.of());
    }

    public static KatanaQuery allMaterials() {
        return new KatanaQuery(Resource.MATERIALS, null, false, false, List.of());
    }

    public static KatanaQuery allCustomers() {
        return new KatanaQuery(Resource.CUSTOMERS, null, false, false, List.of());
    }

    /** Sales orders, with their rows embedded; the statuses to read are {@link KatanaSalesOrders}' argument. */
    public static KatanaQuery allSalesOrders() {
        return new KatanaQuery(Resource.SALES_ORDERS, null, false, false, List.of());
    }

    public KatanaQuery updatedSince(Instant instant) {
        return new KatanaQuery(resource, instant, includeArchived, includeDeleted, ids);
    }

    public KatanaQuery includingArchived() {
        return new KatanaQuery(resource, updatedAtMin, true, includeDeleted, ids);
    }

    public KatanaQuery includingDeleted() {
        return new KatanaQuery(resource, updatedAtMin, includeArchived, true, ids);
    }

    public KatanaQuery withIds(List<Long> onlyIds) {
        return new KatanaQuery(resource, updatedAtMin, includeArchived, includeDeleted, onlyIds);
    }
}
