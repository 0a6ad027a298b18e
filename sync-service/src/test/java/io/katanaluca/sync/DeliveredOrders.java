package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.StoredInvoice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Generated Katana sales orders as the invoice tests use them, and the check they share: Luca holds
 * exactly one invoice per DELIVERED order (found by its {@code belgeTakipNo}), its net total equal
 * to Katana's order total to the kuruş, and none of an order in another status.
 */
final class DeliveredOrders {

    /** Statuses an order can be moved to DELIVERED from at once (a PARTIALLY_* one has fulfillments of its own). */
    private static final Set<String> UNFULFILLED = Set.of("PENDING", "NOT_SHIPPED", "PACKED");

    private DeliveredOrders() {
    }

    /**
     * Generated products, their customers (each with a tax number) and orders of them, exactly
     * {@code delivered} DELIVERED: the generator's share (about two thirds) topped up by delivering
     * undelivered ones, so other statuses remain.
     */
    static KatanaCatalogue catalogue(int products, int delivered, long seed) {
        KatanaCatalogue catalogue = withTaxNumbers(KatanaCatalogue.generate(products, 0, delivered * 10 / 7, seed));
        int missing = delivered - in(catalogue, "DELIVERED").size();
        if (missing < 0) {
            throw new IllegalStateException("Seed " + seed + " generated " + -missing + " delivered orders too many: pick another");
        }
        catalogue.salesOrders().stream().filter(order -> UNFULFILLED.contains(order.path("status").asString())).limit(missing)
                .forEach(order -> catalogue.updateSalesOrderStatus(order.path("id").asLong(), "DELIVERED"));
        return catalogue;
    }

    /** Every customer with a tax number in its comment, as the customer sync reads it by default: a VKN for a company, else a TCKN. */
    static KatanaCatalogue withTaxNumbers(KatanaCatalogue catalogue) {
        for (long id : catalogue.customerIds()) {
            boolean company = !catalogue.customer(id).orElseThrow().path("company").asString("").isBlank();
            catalogue.updateCustomer(id, Map.of("comment", company ? "VKN: 4444444444" : "TCKN 10000000146"));
        }
        return catalogue;
    }

    /** The live (not deleted) orders in this status. */
    static List<JsonNode> in(KatanaCatalogue catalogue, String status) {
        return catalogue.salesOrders().stream().filter(order -> order.path("status").asString().equals(status))
                .filter(order -> order.path("deleted_at").isNull() || order.path("deleted_at").isMissingNode()).toList();
    }

    static String trackingNo(JsonNode order) {
        return "KATANA-SO-" + order.path("id").asLong();
    }

    /** Exactly one invoice per delivered order and no other, each with the order's total (every mismatch listed). */
    static void assertExactlyOneInvoiceEach(KatanaCatalogue catalogue, LucaSimulator luca) {
        List<JsonNode> delivered = in(catalogue, "DELIVERED");
        List<StoredInvoice> invoices = luca.invoices();
        Map<String, Long> perOrder = invoices.stream().collect(Collectors.groupingBy(StoredInvoice::belgeTakipNo, Collectors.counting()));
        Map<String, Long> onePerDeliveredOrder = delivered.stream().collect(Collectors.toMap(DeliveredOrders::trackingNo, order -> 1L));
        assertThat(perOrder).as("Luca's invoices per belgeTakipNo: one per delivered order, none of another status")
                .isEqualTo(onePerDeliveredOrder);
        Map<String, StoredInvoice> byTrackingNo = invoices.stream().collect(Collectors.toMap(StoredInvoice::belgeTakipNo, Function.identity()));
        List<String> wrongTotals = delivered.stream().filter(order -> byTrackingNo.get(trackingNo(order)).netTotal().compareTo(total(order)) != 0)
                .map(order -> trackingNo(order) + ": Katana " + total(order) + ", Luca " + byTrackingNo.get(trackingNo(order)).netTotal()).toList();
        assertThat(wrongTotals).as("invoices whose net total is not Katana's order total").isEmpty();
    }

    private static BigDecimal total(JsonNode order) {
        return new BigDecimal(order.path("total").asString()).setScale(2, RoundingMode.HALF_UP);
    }
}
