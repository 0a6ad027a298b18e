package io.katanaluca.bench;

import io.katanaluca.sim.katana.KatanaCatalogue;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue of the sales-invoice run: generated products, customers and orders in every status
 * (Turkish names, TRY/EUR/USD, every VAT rate, discounts, shipping fees), not-shipped (then
 * pending) orders delivered until exactly the asked number are delivered, and every customer with a tax
 * number in its comment (an invoice is never sent without one; the customer sync reads it there).
 */
final class InvoiceCatalogue {

    private InvoiceCatalogue() {
    }

    static KatanaCatalogue withDelivered(int delivered, long seed) {
        KatanaCatalogue catalogue = KatanaCatalogue.generate(Math.max(50, delivered / 5), 0, delivered * 7 / 5, seed);
        for (long id : catalogue.customerIds()) {
            boolean company = !catalogue.customer(id).orElseThrow().path("company").asString("").isBlank();
            catalogue.updateCustomer(id, Map.of("comment", company ? "VKN: 4444444444" : "TCKN 10000000146"));
        }
        List<JsonNode> notShipped = Stream.of("NOT_SHIPPED", "PENDING").flatMap(status -> ofStatus(catalogue, status).stream()).toList();
        int generated = ofStatus(catalogue, "DELIVERED").size();
        if (generated > delivered || generated + notShipped.size() < delivered) {
            throw new IllegalStateException("Seed " + seed + " gives " + generated + " delivered and " + notShipped.size()
                    + " not-shipped or pending orders: cannot make exactly " + delivered + " delivered");
        }
        notShipped.stream().limit(delivered - generated).forEach(order -> catalogue.updateSalesOrderStatus(order.path("id").asLong(), "DELIVERED"));
        return catalogue;
    }

    private static List<JsonNode> ofStatus(KatanaCatalogue catalogue, String status) {
        return catalogue.salesOrders().stream().filter(order -> order.path("status").asString().equals(status)).toList();
    }
}
