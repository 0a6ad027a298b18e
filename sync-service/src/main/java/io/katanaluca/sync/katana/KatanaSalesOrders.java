package io.katanaluca.sync.katana;

import io.katanaluca.sync.katana.KatanaQuery.Resource;
import io.katanaluca.sync.remote.RemoteCallException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import tools.jackson.databind.ObjectReader;

/**
 * Reads Katana's sales orders and what an invoice needs beside them (tax rates, shipping fees,
 * fulfillments), through {@link KatanaClient}'s paging: every request under the shared rate budget,
 * Katana's retry and circuit breaker. Katana's filters take one status and one order id at a time,
 * so a set of statuses is one listing per status, and fees or fulfillments one listing per order.
 * Every method throws a {@link RemoteCallException} when a page still fails after the retries, or fails permanently.
 */
public class KatanaSalesOrders {

    private final KatanaClient katana;

    public KatanaSalesOrders(KatanaClient katana) {
        this.katana = katana;
    }

    /**
     * Streams the orders of {@code query} (its {@code updatedAtMin}, {@code ids}, {@code includeDeleted})
     * whose status is one of {@code statuses} (empty: any), page by page, one status after the other in
     * alphabetical order; stops, without asking for more, as soon as the handler returns false. An order
     * whose status changes between two listings can be seen twice or not at all: callers key by id.
     * Returns the number of orders read.
     */
    public long readPagesWhile(KatanaQuery query, Set<String> statuses, Predicate<List<KatanaSalesOrder>> handler) {
        requireSalesOrders(query);
        if (statuses.isEmpty()) {
            return katana.<KatanaSalesOrder>readWhile(query, KatanaClient.NO_FILTER, KatanaJson.SALES_ORDERS,
                    (items, page, pagination) -> handler.test(items));
        }
        long read = 0;
        boolean[] more = {true};
        for (String status : new TreeSet<>(statuses)) {
            read += katana.<KatanaSalesOrder>readWhile(query, builder -> builder.queryParam("status", "{status}"), KatanaJson.SALES_ORDERS,
                    (items, page, pagination) -> more[0] = handler.test(items), status);
            if (!more[0]) {
                break;
            }
        }
        return read;
    }

    /** Katana's whole tax rate table ({@code rate} a percentage). */
    public List<KatanaTaxRate> taxRates() {
        return katana.readAll(list(Resource.TAX_RATES), KatanaClient.NO_FILTER, KatanaJson.TAX_RATES);
    }

    /** The live shipping fees of these orders (at most one each), in the orders' order. */
    public List<KatanaShippingFee> shippingFees(Collection<Long> orderIds) {
        return ofOrders(Resource.SALES_ORDER_SHIPPING_FEES, KatanaJson.SHIPPING_FEES, orderIds);
    }

    /** The live fulfillments (PACKED and DELIVERED) of these orders, order by order. */
    public List<KatanaFulfillment> fulfillments(Collection<Long> orderIds) {
        return ofOrders(Resource.SALES_ORDER_FULFILLMENTS, KatanaJson.FULFILLMENTS, orderIds);
    }

    /**
     * Every live DELIVERED fulfillment changed since {@code since}, of any order: one listing, page by
     * page (what a run invoicing each delivery reads once, instead of one listing per order).
     */
    public List<KatanaFulfillment> deliveredFulfillments(Instant since) {
        return katana.readAll(list(Resource.SALES_ORDER_FULFILLMENTS).updatedSince(since), builder -> builder.queryParam("status", "DELIVERED"),
                KatanaJson.FULFILLMENTS);
    }

    private <T> List<T> ofOrders(Resource resource, ObjectReader reader, Collection<Long> orderIds) {
        List<T> found = new ArrayList<>();
        for (Long orderId : orderIds) {
            found.addAll(katana.<T>readAll(list(resource), builder -> builder.queryParam("sales_order_id", "{id}"), reader, orderId));
        }
        return found;
    }

    private static KatanaQuery list(Resource resource) {
        return new KatanaQuery(resource, null, false, false, List.of());
    }

    private static void requireSalesOrders(KatanaQuery query) {
        if (query.resource() != Resource.SALES_ORDERS) {
            throw new IllegalArgumentException("not a sales order query: " + query.resource());
        }
    }
}
