package io.katanaluca.sync.invoice;

import io.katanaluca.sync.invoice.domain.InvoicePlan;
import io.katanaluca.sync.katana.KatanaQuery;
import io.katanaluca.sync.katana.KatanaSalesOrder;
import io.katanaluca.sync.katana.KatanaSalesOrders;
import io.katanaluca.sync.luca.LucaPayloads;
import io.katanaluca.sync.record.Action;
import io.katanaluca.sync.run.MappingPreview;
import io.katanaluca.sync.run.RecordPreview;
import io.katanaluca.sync.run.SyncType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The mapping preview of one sales order: read from Katana by id (whatever its status), mapped with
 * the current settings and planned against the invoice mapping and Luca's invoices with its
 * {@code belgeTakipNo}, exactly as a run would. Nothing is written.
 */
@Service
public class InvoicePreview implements RecordPreview {

    private final KatanaSalesOrders orders;
    private final InvoiceRecords records;

    InvoicePreview(KatanaSalesOrders orders, InvoiceRecords records) {
        this.orders = orders;
        this.records = records;
    }

    @Override
    public String parameter() {
        return "salesOrderId";
    }

    /** Empty when Katana has no live sales order with this id. */
    @Override
    public Optional<MappingPreview> preview(String key) {
        long orderId = Long.parseLong(key);
        List<KatanaSalesOrder> found = new ArrayList<>();
        orders.readPagesWhile(KatanaQuery.allSalesOrders().withIds(List.of(orderId)), Set.of(), page -> {
            found.addAll(page);
            return false;
        });
        return found.stream().filter(order -> order.id() == orderId && order.deletedAt() == null).findFirst().map(this::preview);
    }

    @Override
    public String notFound(String salesOrderId) {
        return "Katana has no sales order " + salesOrderId + " (deleted orders are not invoiced)";
    }

    private MappingPreview preview(KatanaSalesOrder order) {
        InvoiceRecords.Planning planning = records.planning();
        List<InvoicePlan> plans = records.plans(List.of(order), records.known(List.of(order.id())), records.deliveriesOf(order, planning),
                planning, MasterDataFirst.SyncedFirst.NOTHING);
        // Invoicing each delivery, the order's first delivery still to write is what a run would send next.
        InvoicePlan plan = plans.stream().filter(each -> each.action() != Action.UNCHANGED).findFirst().orElse(plans.get(plans.size() - 1));
        String reason = planning.isInWindow(order) ? plan.reason() : "Order " + order.id() + " was last changed at " + order.updatedAt()
                + ", before sync.invoices.since: a run does not read it";
        Map<String, Object> payload = plan.invoice().isValid() ? LucaPayloads.salesInvoiceCreate(plan.invoice().draft()) : null;
        return new MappingPreview(SyncType.SALES_INVOICE, order.id(), null, null, plan.invoice().belgeTakipNo(), plan.action(),
                plan.ssFaturaBaslikId(), reason, plan.invoice().warnings(), plan.changedFields(),
                plan.action() == Action.CREATE ? LucaPayloads.createSalesInvoiceEndpoint() : null, payload,
                payload == null ? null : LucaPayloads.json(payload));
    }
}
