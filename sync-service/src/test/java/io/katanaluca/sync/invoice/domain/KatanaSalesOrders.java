package io.katanaluca.sync.invoice.domain;

import io.katanaluca.sync.katana.KatanaSalesOrder;
import io.katanaluca.sync.katana.KatanaSalesOrder.Row;
import io.katanaluca.sync.katana.KatanaTaxRate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test data builder: {@code aDeliveredOrder().withRow(aRow().quantity("2").price("10")).build()}; the total is the rows' unless set. */
final class KatanaSalesOrders {

    static final long VAT_20 = 301;
    static final long VAT_10 = 302;
    static final long VAT_18 = 303;
    static final List<KatanaTaxRate> TAX_RATES = List.of(new KatanaTaxRate(VAT_20, "KDV 20", new BigDecimal("20.0"), true, false, "KDV (20%)"),
            new KatanaTaxRate(VAT_10, "KDV 10", new BigDecimal("10"), false, false, "KDV (10%)"),
            new KatanaTaxRate(VAT_18, "KDV 18 (old)", new BigDecimal("18"), false, false, "KDV (18%)"));

    private long id = 2001;
    private String orderNo = "SO-2024-001";
    private String status = "DELIVERED";
    private String currency = "TRY";
    private BigDecimal conversionRate;
    private BigDecimal total;
    private Instant deliveryDate = Instant.parse("2026-03-31T22:30:00Z");
    private Instant deletedAt;
    private final List<Rows> rows = new ArrayList<>();

    static KatanaSalesOrders aDeliveredOrder() {
        return new KatanaSalesOrders();
    }

    static Rows aRow() {
        return new Rows();
    }

    KatanaSalesOrders withRow(Rows row) {
        rows.add(row);
        return this;
    }

    KatanaSalesOrders withStatus(String value) {
        status = value;
        return this;
    }

    KatanaSalesOrders withCurrency(String value, String rate) {
        currency = value;
        conversionRate = rate == null ? null : new BigDecimal(rate);
        return this;
    }

    KatanaSalesOrders withTotal(String value) {
        total = value == null ? null : new BigDecimal(value);
        return this;
    }

    KatanaSalesOrders withOrderNo(String value) {
        orderNo = value;
        return this;
    }

    KatanaSalesOrders deliveredAt(String instant) {
        deliveryDate = instant == null ? null : Instant.parse(instant);
        return this;
    }

    KatanaSalesOrders deleted() {
        deletedAt = Instant.parse("2026-04-02T08:00:00Z");
        return this;
    }

    KatanaSalesOrder build() {
        List<Row> built = rows.isEmpty() ? List.of(aRow().build()) : rows.stream().map(Rows::build).toList();
        BigDecimal sum = built.stream().map(row -> InvoiceMoney.orZero(row.quantity()).multiply(InvoiceMoney.orZero(row.pricePerUnit())).subtract(InvoiceMoney.orZero(row.totalDiscount())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new KatanaSalesOrder(id, orderNo, 1501L, status, currency, conversionRate, total != null ? total : sum, null, null, null,
                Instant.parse("2026-03-20T09:00:00Z"), deliveryDate, built, Instant.parse("2026-04-01T07:00:00Z"), deletedAt);
    }

    static final class Rows {

        private static long nextId = 9001;
        private final long id = nextId++;
        private Long variantId = 5001L;
        private BigDecimal quantity = new BigDecimal("2.00000");
        private BigDecimal price = new BigDecimal("1250.0000000000");
        private Long taxRateId = VAT_20;
        private BigDecimal discount;

        Rows variant(Long value) {
            variantId = value;
            return this;
        }

        Rows quantity(String value) {
            quantity = value == null ? null : new BigDecimal(value);
            return this;
        }

        Rows price(String value) {
            price = value == null ? null : new BigDecimal(value);
            return this;
        }

        Rows taxRate(Long value) {
            taxRateId = value;
            return this;
        }

        Rows discount(String value) {
            discount = new BigDecimal(value);
            return this;
        }

        Row build() {
            return new Row(id, variantId, quantity, price, taxRateId, discount, null);
        }
    }
}
