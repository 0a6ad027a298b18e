package io.katanaluca.sim.katana;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated sales orders, the same for a seed: made through {@link KatanaCatalogue#addSalesOrder}
 * and the status changes at generated times (from January 2024), so they are what the API would
 * leave. Its own random stream, so products, materials and customers stay as without orders.
 */
final class SalesOrderGenerator {

    /** Mostly delivered, as the orders an invoice sync finds. */
    private static final List<String> STATUSES = List.of("DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED",
            "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED",
            "PARTIALLY_DELIVERED", "PARTIALLY_DELIVERED", "PACKED", "PARTIALLY_PACKED", "NOT_SHIPPED", "NOT_SHIPPED",
            "PENDING", "DELIVERED");
    /** Tax rate ids of the default table: mostly 20 %, some 10 %, 1 % and 0 %. */
    private static final List<Integer> TAX_RATES = List.of(1, 1, 1, 1, 1, 2, 2, 3, 4);
    private static final List<String> NOTES = List.of("Kargo ile gönderilecek, kırılacak eşya — dikkatli taşıyın.",
            "Teslimattan önce Şükrü Bey'i arayın.", "Fatura adresi ile teslimat adresi farklıdır.",
            "Ödeme 30 gün vadeli; irsaliye ile birlikte gönderin.", "ÇARŞAMBA öğleden sonra teslim alınacak.");
    private static final List<String> FEES = List.of("Kargo Ücreti (Yurtiçi)", "Nakliye — ambar teslim", "Özel Kurye");

    private final KatanaCatalogue catalogue;
    private final Random random;
    private final GeneratorClock clock;

    SalesOrderGenerator(KatanaCatalogue catalogue, long seed) {
        this.catalogue = catalogue;
        this.random = new Random(seed ^ 0x5A1E5L);
        this.clock = new GeneratorClock(random);
    }

    void addOrders(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("salesOrders must not be negative: " + count);
        }
        List<Long> customers = catalogue.customerIds();
        List<JsonNode> variants = catalogue.variants().stream().filter(v -> v.hasNonNull("product_id")).toList();
        if (count > 0 && (customers.isEmpty() || variants.isEmpty())) {
            throw new IllegalArgumentException("Sales orders need customers and products: generate at least 5 products");
        }
        try {
            for (int number = 1; number <= count; number++) {
                addOrder(number, customers, variants);
            }
        } finally {
            catalogue.useClock(Clock.systemUTC());
        }
    }

    /**
     * Four delivered orders, each awkward in one way: a row whose variant was deleted after the
     * order (SKU {@code TR-ESKI-1}), a customer with no name at all, a row of quantity 0, and a row
     * with a negative price (set past the checks, totals recomputed). Their own product and customers.
     */
    void addAwkwardOrders() {
        long productId = catalogue.addProduct(Map.of("name", "Eski Seri Çini Vazo", "uom", "pcs", "variants",
                List.of(Map.of("sku", "TR-ESKI-1", "sales_price", 150), Map.of("sku", "TR-ESKI-2", "sales_price", 89.9))));
        JsonNode product = catalogue.product(productId).orElseThrow();
        long gone = product.path("variants").get(0).path("id").asLong();
        long kept = product.path("variants").get(1).path("id").asLong();
        Map<String, Object> nameless = new HashMap<>();
        nameless.put("name", null);
        nameless.put("currency", "TRY");
        long noName = catalogue.addCustomer(nameless);
        long customer = catalogue.addCustomer(Map.of("name", "Özgür Ambalaj San. ve Tic. A.Ş.", "currency", "TRY"));
        deliver(order(customer, List.of(row(gone, 2))));
        catalogue.deleteVariant(gone);
        deliver(order(noName, List.of(row(kept, 1))));
        deliver(order(customer, List.of(row(kept, 3), row(kept, 0))));
        long negative = order(customer, List.of(row(kept, 4)));
        catalogue.changeSalesOrder(negative, order -> {
            Prices.put((ObjectNode) order.path("sales_order_rows").get(0), "price_per_unit", new BigDecimal("-25"), true);
            SalesOrderTotals.recompute(order);
        });
        deliver(negative);
    }

    private void addOrder(int number, List<Long> customers, List<JsonNode> variants) {
        Instant created = clock.next();
        at(created);
        long customerId = TurkishWords.pick(random, customers);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customer_id", customerId);
        body.put("order_no", "SO-" + (1000 + number));
        body.put("order_created_date", Timestamps.format(created));
        body.put("delivery_date", Timestamps.format(created.plus(Duration.ofDays(3 + random.nextInt(20)))));
        conversionRate(catalogue.customer(customerId).orElseThrow().path("currency").asString())
                .ifPresent(rate -> body.put("conversion_rate", rate));
        if (random.nextInt(3) > 0) {
            body.put("additional_info", TurkishWords.pick(random, NOTES));
        }
        int rows = 1 + random.nextInt(4);
        body.put("sales_order_rows", IntStream.range(0, rows)
                .mapToObj(i -> generatedRow(TurkishWords.pick(random, variants))).toList());
        if (random.nextInt(3) == 0) {
            body.put("shipping_fee", Map.of("amount", BigDecimal.valueOf(5_000 + random.nextInt(45_000), 2),
                    "description", TurkishWords.pick(random, FEES), "tax_rate_id", 1));
        }
        long id = catalogue.addSalesOrder(body);
        at(created.plus(Duration.ofMinutes(30 + random.nextInt(3 * 24 * 60))));
        progress(id, TurkishWords.pick(random, STATUSES), rows);
    }

    private Map<String, Object> generatedRow(JsonNode variant) {
        String uom = catalogue.product(variant.path("product_id").asLong()).orElseThrow().path("uom").asString();
        BigDecimal quantity = uom.equals("pcs") ? BigDecimal.valueOf(1 + random.nextInt(20))
                : BigDecimal.valueOf(1 + random.nextInt(40), 1).add(BigDecimal.ONE);
        BigDecimal price = Decimals.orZero(variant.get("sales_price"));
        Map<String, Object> row = new LinkedHashMap<>(row(variant.path("id").asLong(), 0));
        row.put("quantity", quantity);
        row.put("tax_rate_id", TurkishWords.pick(random, TAX_RATES));
        if (random.nextInt(4) == 0) {
            price = price.multiply(BigDecimal.valueOf(85 + random.nextInt(11), 2)).setScale(2, RoundingMode.HALF_UP);
            row.put("price_per_unit", price);
        }
        if (random.nextInt(4) == 0) {
            BigDecimal share = BigDecimal.valueOf(5 + random.nextInt(11), 2);
            row.put("total_discount", Decimals.money(quantity.multiply(price).multiply(share)));
        }
        return row;
    }

    /** A few percent around the simulator's table, four decimals as a bank's rate. */
    private Optional<BigDecimal> conversionRate(String currency) {
        return Optional.ofNullable(SalesOrderJson.CONVERSION_RATES.get(currency)).map(rate -> rate
                .multiply(BigDecimal.valueOf(97 + random.nextInt(7), 2)).setScale(4, RoundingMode.HALF_UP));
    }

    private void progress(long id, String status, int rows) {
        switch (status) {
            case "PARTIALLY_DELIVERED", "PARTIALLY_PACKED" -> {
                if (rows < 2) {
                    catalogue.updateSalesOrderStatus(id, status.substring("PARTIALLY_".length()));
                    return;
                }
                JsonNode first = catalogue.salesOrder(id).orElseThrow().path("sales_order_rows").get(0);
                catalogue.addSalesOrderFulfillment(Map.of("sales_order_id", id, "status",
                        status.substring("PARTIALLY_".length()), "sales_order_fulfillment_rows",
                        List.of(Map.of("sales_order_row_id", first.path("id").asLong(), "quantity",
                                first.path("quantity").decimalValue()))));
            }
            case "NOT_SHIPPED" -> {
            }
            default -> catalogue.updateSalesOrderStatus(id, status);
        }
    }

    private long order(long customerId, List<Map<String, Object>> rows) {
        return catalogue.addSalesOrder(Map.of("customer_id", customerId, "sales_order_rows", rows));
    }

    private void deliver(long orderId) {
        catalogue.updateSalesOrderStatus(orderId, "DELIVERED");
    }

    private static Map<String, Object> row(long variantId, int quantity) {
        return Map.of("variant_id", variantId, "quantity", quantity);
    }

    private void at(Instant instant) {
        catalogue.useClock(Clock.fixed(instant, ZoneOffset.UTC));
    }
}
