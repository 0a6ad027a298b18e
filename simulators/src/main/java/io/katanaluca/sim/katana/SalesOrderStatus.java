package io.katanaluca.sim.katana;

import java.util.List;
import java.util.stream.Stream;

/**
 * Katana's sales order statuses. A create may set only PENDING or NOT_SHIPPED, an update also
 * PACKED or DELIVERED; the PARTIALLY_* ones are computed from the fulfillments.
 */
enum SalesOrderStatus {
    NOT_SHIPPED, PENDING, PARTIALLY_PACKED, PACKED, PARTIALLY_DELIVERED, DELIVERED;

    static final List<String> ALL = names(values());
    static final List<String> ON_CREATE = names(PENDING, NOT_SHIPPED);
    static final List<String> ON_UPDATE = names(PENDING, NOT_SHIPPED, PACKED, DELIVERED);
    static final List<String> FULFILLMENT = names(PACKED, DELIVERED);
    static final List<String> INVOICING = List.of("notInvoiced", "partiallyInvoiced", "invoiced");
    static final List<String> FULFILLMENT_INVOICE = List.of("NOT_INVOICED", "INVOICED");

    /** Rows may be changed only before anything is packed, as in Katana. */
    boolean allowsRowChanges() {
        return this == NOT_SHIPPED || this == PENDING;
    }

    private static List<String> names(SalesOrderStatus... statuses) {
        return Stream.of(statuses).map(Enum::name).toList();
    }
}
