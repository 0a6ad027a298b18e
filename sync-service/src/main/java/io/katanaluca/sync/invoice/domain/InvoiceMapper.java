package io.katanaluca.sync.invoice.domain;

import io.katanaluca.sync.invoice.domain.InvoiceDraft.Line;
import io.katanaluca.sync.invoice.domain.InvoiceRules.DiscountMode;
import io.katanaluca.sync.katana.KatanaFulfillment;
import io.katanaluca.sync.katana.KatanaSalesOrder;
import io.katanaluca.sync.katana.KatanaSalesOrder.Row;
import io.katanaluca.sync.katana.KatanaShippingFee;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Katana sales order → Luca invoice draft by the rules. An order is sent whole or not at all: a
 * row that cannot be mapped fails the order, and the reason names every such row and what it lacks.
 */
public final class InvoiceMapper {

    static final String DELIVERED = "DELIVERED";
    static final String PARTIALLY_DELIVERED = "PARTIALLY_DELIVERED";
    private static final DateTimeFormatter LUCA_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InvoiceRules rules;
    private final VatTable vat;
    private final StockCardCodes cards;

    public InvoiceMapper(InvoiceRules rules, VatTable vat, StockCardCodes cards) {
        this.rules = rules;
        this.vat = vat;
        this.cards = cards;
    }

    /**
     * Whether the order should get its invoice now: DELIVERED, not deleted; a partial delivery if the
     * rules fail it (FAIL) or invoice each delivery (PER_DELIVERY).
     */
    public boolean isDue(KatanaSalesOrder order) {
        boolean partialCounts = PARTIALLY_DELIVERED.equals(order.status()) && rules.partialDeliveries() != InvoiceRules.PartialDeliveries.WAIT;
        return order.deletedAt() == null && (DELIVERED.equals(order.status()) || partialCounts);
    }

    /** What one invoice covers: the whole order, or one delivery of it. */
    private record Scope(Long deliveryId, String label, String description, Instant invoiceAt, boolean checkTotal) {
    }

    /** @param customer the order's Luca account, null when the customer sync has not given it one */
    public MappedInvoice map(KatanaSalesOrder order, InvoiceCustomer customer, Optional<KatanaShippingFee> shippingFee) {
        if (PARTIALLY_DELIVERED.equals(order.status()) && rules.perDelivery()) {
            return MappedInvoice.invalid(order.id(), order.orderNo(), "Order " + label(order) + " was not invoiced: it is PARTIALLY_DELIVERED and"
                    + " Katana lists no DELIVERED fulfillment of it to invoice", null);
        }
        String number = blank(order.orderNo()) ? String.valueOf(order.id()) : order.orderNo();
        return map(order, customer, shippingFee, new Scope(null, "Order " + label(order), "Katana sales order " + number, invoiceInstant(order),
                true));
    }

    /**
     * One DELIVERED fulfillment of an order as its own invoice (PER_DELIVERY): the rows at the
     * quantities delivered; each row's discount in proportion to them, rounded to kuruş on the
     * cumulative quantity so that a row's deliveries add up to its whole discount; the shipping fee
     * on the order's first delivery only; dated by the delivery's {@code picked_date}. Katana's order
     * total covers the whole order, so it is checked only when this one delivery is all of it.
     *
     * @param deliveries the order's live DELIVERED fulfillments, {@code delivery} among them
     */
    public MappedInvoice mapDelivery(KatanaSalesOrder order, KatanaFulfillment delivery, List<KatanaFulfillment> deliveries,
            InvoiceCustomer customer, Optional<KatanaShippingFee> shippingFee) {
        List<KatanaFulfillment> earlier = deliveries.stream().filter(other -> other.id() < delivery.id()).toList();
        String label = "Order " + label(order) + " delivery " + delivery.id();
        List<String> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (KatanaFulfillment.Row delivered : delivery.salesOrderFulfillmentRows()) {
            Optional<Row> row = order.salesOrderRows().stream().filter(candidate -> candidate.id() == delivered.salesOrderRowId()).findFirst();
            if (row.isEmpty()) {
                problems.add("it names row " + delivered.salesOrderRowId() + ", which the order does not hold");
            } else {
                rows.add(deliveredPart(row.get(), delivered.quantity(), deliveredBefore(earlier, row.get().id())));
            }
        }
        if (!problems.isEmpty()) {
            return MappedInvoice.invalid(order.id(), order.orderNo(), label + " was not invoiced: " + String.join("; ", problems), delivery.id());
        }
        boolean whole = earlier.isEmpty() && rows.size() == order.salesOrderRows().size() && rows.stream().allMatch(part ->
                order.salesOrderRows().stream().anyMatch(row -> row.id() == part.id() && row.quantity().compareTo(part.quantity()) == 0));
        KatanaSalesOrder part = new KatanaSalesOrder(order.id(), order.orderNo(), order.customerId(), order.status(), order.currency(),
                order.conversionRate(), order.total(), order.totalInBaseCurrency(), order.additionalInfo(), order.customerRef(),
                order.orderCreatedDate(), order.deliveryDate(), rows, order.updatedAt(), order.deletedAt());
        String number = blank(order.orderNo()) ? String.valueOf(order.id()) : order.orderNo();
        Instant at = rules.invoiceDate() == InvoiceRules.InvoiceDate.DELIVERY_DATE && delivery.pickedDate() != null ? delivery.pickedDate()
                : invoiceInstant(order);
        MappedInvoice mapped = map(part, customer, earlier.isEmpty() ? shippingFee : Optional.empty(),
                new Scope(delivery.id(), label, "Katana sales order " + number + ", delivery " + delivery.id(), at, whole));
        return whole || !mapped.isValid() ? mapped : mapped.warned(List.of("one of the order's deliveries: Katana's order total "
                + (order.total() == null ? "(none)" : InvoiceMoney.kurus(order.total()).toPlainString()) + " covers the whole order and was not compared"));
    }

    /** The delivered part of a row, its discount the cumulative share less what earlier deliveries took. */
    private static Row deliveredPart(Row row, BigDecimal quantity, BigDecimal before) {
        BigDecimal discount = InvoiceMoney.orZero(row.totalDiscount());
        BigDecimal share = discount.signum() == 0 || row.quantity() == null || row.quantity().signum() <= 0 ? BigDecimal.ZERO
                : cumulativeDiscount(discount, before.add(quantity), row.quantity()).subtract(cumulativeDiscount(discount, before, row.quantity()));
        return new Row(row.id(), row.variantId(), quantity, row.pricePerUnit(), row.taxRateId(), share, null);
    }

    private static BigDecimal cumulativeDiscount(BigDecimal discount, BigDecimal delivered, BigDecimal ordered) {
        return delivered.compareTo(ordered) >= 0 ? discount : InvoiceMoney.kurus(discount.multiply(delivered).divide(ordered, 10, RoundingMode.HALF_UP));
    }

    private static BigDecimal deliveredBefore(List<KatanaFulfillment> earlier, long rowId) {
        return earlier.stream().flatMap(fulfillment -> fulfillment.salesOrderFulfillmentRows().stream())
                .filter(row -> row.salesOrderRowId() == rowId).map(KatanaFulfillment.Row::quantity).map(InvoiceMoney::orZero)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private MappedInvoice map(KatanaSalesOrder order, InvoiceCustomer customer, Optional<KatanaShippingFee> shippingFee, Scope scope) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        checkOrder(order, customer, scope, problems);
        List<Line> lines = new ArrayList<>();
        BigDecimal[] vatTotal = {BigDecimal.ZERO};
        for (Row row : order.salesOrderRows()) {
            mapRow(row, problems, warnings).ifPresent(mapped -> {
                lines.add(mapped.line());
                vatTotal[0] = vatTotal[0].add(mapped.vat());
            });
        }
        shippingFee.filter(fee -> InvoiceMoney.orZero(fee.amount()).signum() != 0).flatMap(fee -> mapShipping(fee, problems)).ifPresent(mapped -> {
            lines.add(mapped.line());
            vatTotal[0] = vatTotal[0].add(mapped.vat());
        });
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add("it has no row to invoice");
        }
        BigDecimal net = lines.stream().map(Line::tutar).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (scope.checkTotal()) {
            checkTotal(order, net, vatTotal[0], problems);
        }
        if (!problems.isEmpty()) {
            return MappedInvoice.invalid(order.id(), order.orderNo(), scope.label() + " was not invoiced: " + String.join("; ", problems),
                    scope.deliveryId());
        }
        return MappedInvoice.valid(order.id(), order.orderNo(), draft(order, customer, lines, net, vatTotal[0], scope), warnings, scope.deliveryId());
    }

    private void checkOrder(KatanaSalesOrder order, InvoiceCustomer customer, Scope scope, List<String> problems) {
        if (order.deletedAt() != null) {
            problems.add("it was deleted in Katana at " + order.deletedAt());
        } else if (!isDue(order)) {
            problems.add("its status is " + order.status() + "; only a DELIVERED order is invoiced");
        }
        if (customer == null || blank(customer.cariKodu())) {
            problems.add("customer " + order.customerId() + " has no Luca account (a run syncs a missing customer first; a dry run does not)");
        } else if (blank(customer.cariTanim())) {
            problems.add("customer " + order.customerId() + " has no name, and an invoice needs the buyer's name");
        }
        if (!isBaseCurrency(order) && (order.conversionRate() == null || order.conversionRate().signum() <= 0)) {
            problems.add("its currency is " + order.currency() + " but Katana gives no conversion rate to " + rules.baseCurrency());
        }
        if (scope.invoiceAt() == null) {
            problems.add("it has no " + (rules.invoiceDate() == InvoiceRules.InvoiceDate.DELIVERY_DATE ? "delivery_date" : "order_created_date")
                    + " for the invoice date");
        }
    }

    private record MappedLine(Line line, BigDecimal vat) {
    }

    private Optional<MappedLine> mapRow(Row row, List<String> problems, List<String> warnings) {
        String name = "row " + row.id();
        if (row.quantity() != null && row.quantity().signum() == 0) {
            if (rules.zeroQuantityRows() == InvoiceRules.ZeroQuantityRows.SKIP) {
                warnings.add(name + " has quantity 0 and was left off the invoice");
                return Optional.empty();
            }
            problems.add(name + " has quantity 0");
            return Optional.empty();
        }
        List<String> lacks = rowProblems(row);
        Optional<String> kartKodu = row.variantId() == null ? Optional.empty() : cards.kartKoduOf(row.variantId());
        if (kartKodu.isEmpty()) {
            lacks.add("variant " + row.variantId() + " has no Luca stock card (deleted in Katana or not synced)");
        }
        Optional<BigDecimal> fraction = vat.fractionOf(row.taxRateId());
        if (fraction.isEmpty()) {
            lacks.add(vat.whyUnmapped(row.taxRateId()));
        }
        if (!lacks.isEmpty()) {
            problems.add(name + " (variant " + row.variantId() + "): " + String.join(", ", lacks));
            return Optional.empty();
        }
        return line(Line.STOCK, kartKodu.get(), row.quantity(), row.pricePerUnit(), row.totalDiscount(), fraction.get(), null, row.id(), name, problems);
    }

    private static List<String> rowProblems(Row row) {
        List<String> lacks = new ArrayList<>();
        if (row.quantity() == null || row.quantity().signum() < 0) {
            lacks.add("quantity " + row.quantity() + " is not a positive number");
        }
        if (row.pricePerUnit() == null) {
            lacks.add("it has no price_per_unit");
        } else if (row.pricePerUnit().signum() < 0) {
            lacks.add("price_per_unit " + row.pricePerUnit().toPlainString() + " is negative (a credit belongs on a return, not an invoice)");
        }
        BigDecimal discount = InvoiceMoney.orZero(row.totalDiscount());
        if (discount.signum() < 0) {
            lacks.add("total_discount " + discount.toPlainString() + " is negative");
        } else if (lacks.isEmpty() && discount.compareTo(row.quantity().multiply(row.pricePerUnit())) > 0) {
            lacks.add("total_discount " + discount.toPlainString() + " is more than the row's amount");
        }
        return lacks;
    }

    private Optional<MappedLine> mapShipping(KatanaShippingFee fee, List<String> problems) {
        List<String> lacks = new ArrayList<>();
        if (rules.shippingCardCode() == null) {
            lacks.add("sync.invoices.shipping-card-code is not set");
        }
        if (fee.amount().signum() < 0) {
            lacks.add("the amount " + fee.amount().toPlainString() + " is negative");
        }
        Optional<BigDecimal> fraction = vat.fractionOf(fee.taxRateId());
        if (fraction.isEmpty()) {
            lacks.add("it " + vat.whyUnmapped(fee.taxRateId()));
        }
        if (!lacks.isEmpty()) {
            problems.add("shipping fee " + fee.amount().toPlainString() + ": " + String.join(", ", lacks));
            return Optional.empty();
        }
        String text = blank(fee.description()) ? "Shipping" : fee.description();
        return line(Line.SERVICE, rules.shippingCardCode(), BigDecimal.ONE, fee.amount(), null, fraction.get(), text, null, "shipping fee", problems);
    }

    /**
     * A line as Luca computes it back: in RATE mode the gross unit price and a discount percent, in
     * NET_PRICE mode a unit price net of the discount, each with as many decimals as it takes for
     * Luca's line amount to be {@code tutar} exactly (see {@link InvoiceMoney}).
     */
    private Optional<MappedLine> line(int kartTuru, String kartKodu, BigDecimal quantity, BigDecimal price, BigDecimal discount,
            BigDecimal fraction, String aciklama, Long rowId, String name, List<String> problems) {
        BigDecimal net = InvoiceMoney.lineNet(quantity, price, discount);
        BigDecimal unitPrice = price.stripTrailingZeros();
        BigDecimal rate = null;
        boolean discounted = InvoiceMoney.orZero(discount).signum() != 0;
        if (discounted && rules.discount() == DiscountMode.RATE) {
            rate = InvoiceMoney.discountPercent(quantity, price, discount, net).orElse(null);
        } else if (discounted) {
            unitPrice = InvoiceMoney.netUnitPrice(quantity, price, discount, net).orElse(null);
        }
        if (discounted && (rate == null && rules.discount() == DiscountMode.RATE || unitPrice == null)) {
            problems.add(name + ": no " + (rules.discount() == DiscountMode.RATE ? "discount percent" : "net unit price") + " of at most "
                    + InvoiceMoney.MAX_SCALE + " decimals makes Luca's line amount " + net.toPlainString()
                    + " (sync.invoices.discount " + rules.discount() + ")");
            return Optional.empty();
        }
        Line line = new Line(kartTuru, kartKodu, quantity.stripTrailingZeros(), unitPrice, net, vat.lucaValue(fraction), rate, rules.depoKodu(),
                aciklama, rowId);
        return Optional.of(new MappedLine(line, InvoiceMoney.lineVat(net, fraction)));
    }

    private void checkTotal(KatanaSalesOrder order, BigDecimal net, BigDecimal vatTotal, List<String> problems) {
        if (!problems.isEmpty()) {
            return;
        }
        BigDecimal ours = rules.totalIncludesVat() ? net.add(vatTotal) : net;
        if (order.total() == null) {
            problems.add("Katana gives no order total to check the invoice total " + ours.toPlainString() + " against");
        } else if (InvoiceMoney.kurus(order.total()).compareTo(ours) != 0) {
            problems.add("the invoice total computed from the lines is " + ours.toPlainString() + " " + currency(order) + " but Katana's order total is "
                    + InvoiceMoney.kurus(order.total()).toPlainString() + " (" + (rules.totalIncludesVat() ? "with" : "without") + " VAT)");
        }
    }

    private InvoiceDraft draft(KatanaSalesOrder order, InvoiceCustomer customer, List<Line> lines, BigDecimal net, BigDecimal vatTotal, Scope scope) {
        LocalDate day = scope.invoiceAt().atZone(rules.zone()).toLocalDate();
        BigDecimal rate = isBaseCurrency(order) ? BigDecimal.ONE : order.conversionRate().stripTrailingZeros();
        return new InvoiceDraft(rules.belgeSeri(), LUCA_DATE.format(day), LUCA_DATE.format(day.plusDays(rules.dueDays())),
                MappedInvoice.trackingNumberOf(order.id(), scope.deliveryId()), scope.description(), rules.belgeTurDetayId(), order.orderNo(), currency(order), rate,
                customer.cariKodu(), customer.cariTanim().trim(), blank(customer.vergiNo()) ? null : customer.vergiNo().trim(), lines, net, vatTotal);
    }

    private Instant invoiceInstant(KatanaSalesOrder order) {
        return rules.invoiceDate() == InvoiceRules.InvoiceDate.DELIVERY_DATE ? order.deliveryDate() : order.orderCreatedDate();
    }

    private boolean isBaseCurrency(KatanaSalesOrder order) {
        return blank(order.currency()) || rules.baseCurrency().equalsIgnoreCase(order.currency());
    }

    private String currency(KatanaSalesOrder order) {
        return blank(order.currency()) ? rules.baseCurrency() : order.currency().toUpperCase(java.util.Locale.ROOT);
    }

    private static String label(KatanaSalesOrder order) {
        return (blank(order.orderNo()) ? "" : order.orderNo() + " ") + "(id " + order.id() + ")";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
