package io.katanaluca.sync;

import io.katanaluca.sim.katana.KatanaCatalogue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The awkward-orders fixture: delivered Katana sales orders, each awkward in one way, with the
 * outcome of its first SALES_INVOICE run (the README's "Sales invoices" table says the same),
 * plus one plain order as a control and one that is changed after it was invoiced. Every customer
 * has a tax number and a billing address, so that each order is awkward only in its own way.
 */
final class AwkwardSalesOrders {

    static final String DELIVERY_DATE = "2026-11-20T09:00:00.000Z";
    static final String LATER_DELIVERY_DATE = "2026-11-24T09:00:00.000Z";

    /**
     * One order's expected per-record result after the first run.
     *
     * @param reasonParts words the reason must contain (none: the reason must be empty)
     * @param warningParts words one of the warnings must contain (none: no warning)
     */
    record Expected(String kind, long orderId, String action, String outcome, List<String> reasonParts, List<String> warningParts) {
    }

    final KatanaCatalogue catalogue = KatanaCatalogue.empty();
    final List<Expected> expected = new ArrayList<>();
    long plainOrder;
    long zeroQuantityOrder;
    long changedLater;
    long namelessCustomer;

    static AwkwardSalesOrders build() {
        AwkwardSalesOrders fixture = new AwkwardSalesOrders();
        fixture.addOrders();
        return fixture;
    }

    private void addOrders() {
        long customer = customer("Özgür Ambalaj San. ve Tic. A.Ş.");
        long productId = catalogue.addProduct(Map.of("name", "Eski Seri Çini Vazo", "uom", "pcs", "variants",
                List.of(Map.of("sku", "TR-ESKI-1", "sales_price", 150), Map.of("sku", "TR-ESKI-2", "sales_price", 89.9))));
        long gone = variantIds(productId).get(0);
        long kept = variantIds(productId).get(1);

        plainOrder = delivered(customer, row(kept, 2));
        expect("plain order (control)", plainOrder, "CREATE", "CREATED", List.of(), List.of());

        long oldRate = catalogue.addTaxRate(Map.of("rate", 18, "name", "KDV %18 (2023 öncesi)"));
        long unmappedVat = delivered(customer, row(kept, 1, oldRate));
        expect("unmapped VAT rate (18 %)", unmappedVat, "INVALID", "FAILED",
                List.of("row " + rowId(unmappedVat, 0), "tax rate " + oldRate + " (18%)", "sync.invoices.vat-rates"), List.of());

        long deletedVariant = delivered(customer, row(gone, 2));
        catalogue.deleteVariant(gone);
        expect("deleted variant on a row", deletedVariant, "INVALID", "FAILED",
                List.of("row " + rowId(deletedVariant, 0), "variant " + gone, "no Luca stock card"), List.of());

        namelessCustomer = addNamelessCustomer();
        long noName = delivered(namelessCustomer, row(kept, 1));
        expect("customer with no name", noName, "INVALID", "FAILED", List.of("customer " + namelessCustomer + " has no Luca account",
                "was synced first (CUSTOMER run", "ended FAILED)"), List.of());

        zeroQuantityOrder = delivered(customer, row(kept, 3), row(kept, 0));
        expect("zero-quantity row (zero-quantity-rows SKIP)", zeroQuantityOrder, "CREATE", "CREATED", List.of(),
                List.of("row " + rowId(zeroQuantityOrder, 1), "quantity 0", "left off the invoice"));

        long negative = delivered(customer, row(kept, 4));
        catalogue.changeSalesOrder(negative, order -> negativePrice(order, new BigDecimal("-25")));
        expect("negative price", negative, "INVALID", "FAILED",
                List.of("row " + rowId(negative, 0), "price_per_unit -25 is negative"), List.of());

        long mismatch = delivered(customer, row(kept, 5));
        catalogue.setSalesOrderTotal(mismatch, new BigDecimal("500.00"));
        expect("order total mismatch (Katana 500.00, lines 449.50)", mismatch, "INVALID", "FAILED",
                List.of("computed from the lines is 449.50 TRY", "Katana's order total is 500.00"), List.of());

        changedLater = delivered(customer, row(kept, 6));
        expect("order changed after invoicing (first run)", changedLater, "CREATE", "CREATED", List.of(), List.of());
    }

    /** Katana's checks refuse a negative price, so it is set past them, the totals following the row. */
    private static void negativePrice(ObjectNode order, BigDecimal price) {
        ObjectNode row = (ObjectNode) order.path("sales_order_rows").get(0);
        BigDecimal total = price.multiply(row.path("quantity").decimalValue()).setScale(2);
        row.put("price_per_unit", price);
        row.put("total", total);
        row.put("total_in_base_currency", total);
        order.put("total", total);
        order.put("total_in_base_currency", total);
    }

    private long customer(String company) {
        return catalogue.addCustomer(Map.of("name", company, "company", company, "comment", "VKN: 4444444444", "currency", "TRY",
                "addresses", List.of(address())));
    }

    /** Name, company, first and last name all missing; a tax number and an address there. */
    private long addNamelessCustomer() {
        return catalogue.addCustomer(Map.of("name", "", "comment", "VKN: 5555555555", "currency", "TRY", "addresses", List.of(address())));
    }

    private long delivered(long customerId, Map<?, ?>... rows) {
        long id = catalogue.addSalesOrder(Map.of("customer_id", customerId, "order_no", "SO-AWK-" + (expected.size() + 1),
                "delivery_date", DELIVERY_DATE, "sales_order_rows", List.of(rows)));
        catalogue.updateSalesOrderStatus(id, "DELIVERED");
        return id;
    }

    private static Map<String, Object> row(long variantId, int quantity) {
        return Map.of("variant_id", variantId, "quantity", quantity);
    }

    private static Map<String, Object> row(long variantId, int quantity, long taxRateId) {
        return Map.of("variant_id", variantId, "quantity", quantity, "tax_rate_id", taxRateId);
    }

    long rowId(long orderId, int index) {
        return catalogue.salesOrder(orderId).orElseThrow().path("sales_order_rows").get(index).path("id").asLong();
    }

    private static Map<String, Object> address() {
        return Map.of("entity_type", "billing", "line_1", "Atatürk Cad. No:1", "city", "İzmir", "state", "Karşıyaka", "zip", "35530",
                "country", "TR");
    }

    private void expect(String kind, long orderId, String action, String outcome, List<String> reasonParts, List<String> warningParts) {
        expected.add(new Expected(kind, orderId, action, outcome, reasonParts, warningParts));
    }

    private List<Long> variantIds(long productId) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode variant : catalogue.product(productId).orElseThrow().path("variants")) {
            ids.add(variant.path("id").asLong());
        }
        return ids;
    }
}
