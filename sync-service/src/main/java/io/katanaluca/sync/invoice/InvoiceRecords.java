package io.katanaluca.sync.invoice;

import io.katanaluca.sync.invoice.MasterDataFirst.SyncedFirst;
import io.katanaluca.sync.invoice.domain.InvoiceCustomer;
import io.katanaluca.sync.invoice.domain.InvoiceDirectory;
import io.katanaluca.sync.invoice.domain.InvoiceDraft;
import io.katanaluca.sync.invoice.domain.InvoiceMapper;
import io.katanaluca.sync.invoice.domain.InvoiceMapping;
import io.katanaluca.sync.invoice.domain.InvoicePlan;
import io.katanaluca.sync.invoice.domain.InvoicePlanner;
import io.katanaluca.sync.invoice.domain.InvoiceRules;
import io.katanaluca.sync.invoice.domain.MappedInvoice;
import io.katanaluca.sync.invoice.domain.VatTable;
import io.katanaluca.sync.katana.KatanaFulfillment;
import io.katanaluca.sync.katana.KatanaQuery;
import io.katanaluca.sync.katana.KatanaSalesOrder;
import io.katanaluca.sync.katana.KatanaSalesOrders;
import io.katanaluca.sync.katana.KatanaShippingFee;
import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.luca.LucaInvoice;
import io.katanaluca.sync.record.Action;
import io.katanaluca.sync.run.JdbcRecordResultRepository;
import io.katanaluca.sync.run.JdbcRecordResultRepository.Completion;
import io.katanaluca.sync.run.PendingRecord;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.RecordSelection;
import io.katanaluca.sync.run.RecordType;
import io.katanaluca.sync.run.ResilientLuca;
import io.katanaluca.sync.run.RunStage;
import io.katanaluca.sync.run.StagedRecord;
import io.katanaluca.sync.run.SyncProperties;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncRunException;
import io.katanaluca.sync.run.SyncType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sales invoices as a record type: read Katana's orders in the configured statuses changed since
 * {@code sync.invoices.since} (never older ones), page by page; map each with the invoice rules,
 * Katana's tax rate table and the accounts and stock cards the customer and product syncs wrote;
 * plan it against the invoice mapping and, for an order not in it, against Luca's invoices with its
 * {@code belgeTakipNo}; stage it. An order invoiced before and deleted in Katana since is reported
 * (NOT_DELETED); the invoice stays.
 */
@Component
class InvoiceRecords implements RecordType {

    private static final Logger log = LoggerFactory.getLogger(InvoiceRecords.class);

    private final KatanaSalesOrders orders;
    private final LucaClient luca;
    private final ResilientLuca resilient;
    private final JdbcInvoiceMappingRepository mappings;
    private final SyncedMasterData masterData;
    private final MasterDataFirst masterDataFirst;
    private final InvoiceWriter writer;
    private final InvoiceProperties properties;
    private final SyncProperties sync;
    private final JsonMapper json;
    private final Clock clock;

    InvoiceRecords(KatanaSalesOrders orders, LucaClient luca, ResilientLuca resilient, JdbcInvoiceMappingRepository mappings,
            SyncedMasterData masterData, MasterDataFirst masterDataFirst, InvoiceWriter writer, InvoiceProperties properties, SyncProperties sync, JsonMapper json, Clock clock) {
        this.orders = orders;
        this.luca = luca;
        this.resilient = resilient;
        this.mappings = mappings;
        this.masterData = masterData;
        this.masterDataFirst = masterDataFirst;
        this.writer = writer;
        this.properties = properties;
        this.sync = sync;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public boolean supports(SyncType type) {
        return type == SyncType.SALES_INVOICE;
    }

    @Override
    public Review plan(SyncRun run, RecordSelection selection, RunStage stage) {
        Planning planning = planning();
        Deliveries deliveries = planning.rules().perDelivery() ? Deliveries.of(orders.deliveredFulfillments(planning.since()), selection)
                : Deliveries.NONE;
        List<InvoicePlan> links = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Set<Long> selectedOrders = new HashSet<>(selection.katanaIds());
        selectedOrders.addAll(selection.parentIds());
        for (KatanaQuery query : stage.queries(KatanaQuery.allSalesOrders().includingDeleted(), selectedOrders)) {
            orders.readPagesWhile(notBefore(query, planning.since()), properties.statusSet(), page -> {
                stage.beforePage();
                List<KatanaSalesOrder> selected = page.stream().filter(order -> (selection.everything() || selectedOrders.contains(order.id()))
                        && seen.add(order.id())).filter(planning::isInWindow).toList();
                return stage.stage(stagePage(selected, stage, planning, deliveries, links));
            });
            if (stage.room() == 0) {
                break;
            }
        }
        return new Review() {
            @Override
            public void review() {
                log.info("Planned {} sales invoices ({} Luca already held, linked)", stage.staged(), links.size());
            }

            @Override
            public void beforeWriting() {
                mappings.saveAll(links.stream().map(plan -> new JdbcInvoiceMappingRepository.Written(plan.invoice().orderId(),
                        plan.invoice().deliveryId(), plan.ssFaturaBaslikId(), plan.belgeNo(), plan.payloadHash(), plan.invoice().draft()))
                        .toList(), clock.instant());
            }
        };
    }

    /** What planning a run (or a preview) needs: the rules, Katana's tax rates, Luca's invoices by tracking number, the start date. */
    record Planning(InvoiceRules rules, VatTable vat, InvoicePlanner planner, Instant since) {

        /** Orders created or updated before {@code sync.invoices.since} are never invoiced. */
        boolean isInWindow(KatanaSalesOrder order) {
            return order.updatedAt() == null || !order.updatedAt().isBefore(since);
        }
    }

    /**
     * The DELIVERED fulfillments a run invoicing each delivery reads once, by order, oldest first;
     * a retry takes only the deliveries it retries (an order retried whole takes all of its own).
     */
    record Deliveries(Map<Long, List<KatanaFulfillment>> byOrder, RecordSelection selection) {

        static final Deliveries NONE = new Deliveries(Map.of(), RecordSelection.EVERYTHING);

        static Deliveries of(List<KatanaFulfillment> delivered, RecordSelection selection) {
            Map<Long, List<KatanaFulfillment>> byOrder = new HashMap<>();
            delivered.stream().filter(fulfillment -> fulfillment.deletedAt() == null && fulfillment.isDelivered())
                    .sorted(Comparator.comparingLong(KatanaFulfillment::id))
                    .forEach(fulfillment -> byOrder.computeIfAbsent(fulfillment.salesOrderId(), order -> new ArrayList<>()).add(fulfillment));
            return new Deliveries(byOrder, selection);
        }

        List<KatanaFulfillment> of(long orderId) {
            return byOrder.getOrDefault(orderId, List.of());
        }

        boolean isSelected(KatanaFulfillment delivery) {
            return selection.everything() || selection.katanaIds().contains(delivery.id());
        }
    }

    /** Throws, naming the setting, when {@code sync.invoices.series} or {@code since} is missing. */
    Planning planning() {
        InvoiceRules rules = properties.toRules(sync.timeZone());
        return new Planning(rules, new VatTable(orders.taxRates(), rules), new InvoicePlanner(directory()),
                properties.since().atStartOfDay(rules.zone()).toInstant());
    }

    /** Reads the deliveries of one order, for a preview (one Katana listing). */
    Deliveries deliveriesOf(KatanaSalesOrder order, Planning planning) {
        return planning.rules().perDelivery() ? Deliveries.of(orders.fulfillments(List.of(order.id())), RecordSelection.EVERYTHING)
                : Deliveries.NONE;
    }

    /** What Luca already holds of a page of orders: whole-order invoices by order, delivery invoices by fulfillment. */
    record Known(Map<Long, InvoiceMapping> orders, Map<Long, InvoiceMapping> deliveries) {

        boolean isInvoicedWhole(KatanaSalesOrder order) {
            return orders.containsKey(order.id());
        }

        /** Whether the order, or one of these deliveries of it, has no invoice yet. */
        boolean lacks(KatanaSalesOrder order, List<KatanaFulfillment> delivered) {
            return !isInvoicedWhole(order) && (delivered.isEmpty() || delivered.stream().anyMatch(delivery -> !deliveries.containsKey(delivery.id())));
        }
    }

    Known known(List<Long> orderIds) {
        return new Known(mappings.findByOrderIds(orderIds), mappings.findDeliveriesOfOrders(orderIds));
    }

    /**
     * Maps and plans live orders as a run does, against the mappings and the accounts and cards the
     * other syncs wrote: one plan per order, or with PER_DELIVERY one per DELIVERED fulfillment (an
     * order invoiced whole before, or delivered with no fulfillment listed, keeps one whole invoice).
     */
    List<InvoicePlan> plans(List<KatanaSalesOrder> live, Known known, Deliveries deliveries, Planning planning, SyncedFirst first) {
        Map<Long, SyncedMasterData.Account> accounts = masterData.accounts(live.stream().map(KatanaSalesOrder::customerId)
                .filter(Objects::nonNull).distinct().toList());
        Map<Long, String> cards = masterData.cardCodes(live.stream().flatMap(order -> order.salesOrderRows().stream())
                .map(KatanaSalesOrder.Row::variantId).filter(Objects::nonNull).distinct().toList());
        InvoiceMapper mapper = new InvoiceMapper(planning.rules(), planning.vat(), variantId -> Optional.ofNullable(cards.get(variantId)));
        List<InvoicePlan> plans = new ArrayList<>();
        for (KatanaSalesOrder order : live) {
            SyncedMasterData.Account account = order.customerId() == null ? null : accounts.get(order.customerId());
            InvoiceCustomer customer = account == null ? null : account.customer();
            Optional<KatanaShippingFee> fee = Optional.ofNullable(order.shippingFee());
            List<KatanaFulfillment> delivered = deliveries.of(order.id());
            if (!planning.rules().perDelivery() || known.isInvoicedWhole(order) || delivered.isEmpty()) {
                MappedInvoice mapped = first.annotate(order, withTaxNumber(mapper.map(order, customer, fee), order, account));
                plans.add(planning.planner().plan(mapped, Optional.ofNullable(known.orders().get(order.id()))));
                continue;
            }
            for (KatanaFulfillment delivery : delivered) {
                if (deliveries.isSelected(delivery)) {
                    MappedInvoice mapped = first.annotate(order, withTaxNumber(mapper.mapDelivery(order, delivery, delivered, customer, fee), order,
                            account));
                    plans.add(planning.planner().plan(mapped, Optional.ofNullable(known.deliveries().get(delivery.id()))));
                }
            }
        }
        return plans;
    }

    private List<StagedRecord> stagePage(List<KatanaSalesOrder> selected, RunStage stage, Planning planning, Deliveries deliveries,
            List<InvoicePlan> links) {
        Known known = known(selected.stream().map(KatanaSalesOrder::id).toList());
        List<KatanaSalesOrder> live = selected.stream().filter(order -> order.deletedAt() == null).limit(stage.room()).toList();
        SyncedFirst first = syncFirst(live.stream().filter(order -> known.lacks(order, deliveries.of(order.id()))).toList(), stage);
        List<StagedRecord> records = new ArrayList<>();
        for (InvoicePlan plan : plans(live, known, deliveries, planning, first)) {
            if (plan.linksExisting()) {
                links.add(plan);
            }
            records.add(staged(plan));
        }
        selected.stream().filter(order -> order.deletedAt() != null).forEach(order -> {
            Optional.ofNullable(known.orders().get(order.id())).ifPresent(invoice -> records.add(keptInvoice(order.id(), null, invoice)));
            known.deliveries().forEach((delivery, invoice) -> {
                if (invoice.orderId() == order.id()) {
                    records.add(keptInvoice(delivery, order.id(), invoice));
                }
            });
        });
        return records;
    }

    /** Called from a page handler, which cannot throw InterruptedException: the job's interrupt ends the run as it would anywhere. */
    private SyncedFirst syncFirst(List<KatanaSalesOrder> toInvoice, RunStage stage) {
        try {
            return masterDataFirst.syncFor(toInvoice, stage);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncRunException("The run was interrupted while it waited for the customers and stock cards its orders need", e);
        }
    }

    /** An invoice needs the buyer's VKN or TCKN; none is ever made up, so an account without one fails the order. */
    static MappedInvoice withTaxNumber(MappedInvoice mapped, KatanaSalesOrder order, SyncedMasterData.Account account) {
        if (!mapped.isValid() || account == null || account.hasTaxNumber()) {
            return mapped;
        }
        return mapped.failed("Order " + (mapped.orderNo() == null ? "" : mapped.orderNo() + " ") + "(id " + order.id() + ") was not invoiced:"
                + " customer " + order.customerId() + "'s Luca account " + account.customer().cariKodu() + " has no tax number (VKN or TCKN),"
                + " and an invoice is never sent with a made-up one; add it to the customer in Katana (sync.mapping.customers.tax-number)"
                + " and sync the customer");
    }

    /** Katana's updated_at_min is at least the start date, whatever the run's own window. */
    private static KatanaQuery notBefore(KatanaQuery query, Instant since) {
        return query.updatedAtMin() == null || query.updatedAtMin().isBefore(since) ? query.updatedSince(since) : query;
    }

    private InvoiceDirectory directory() {
        return belgeTakipNo -> resilient.call(() -> luca.findSalesInvoices(belgeTakipNo)).stream().findFirst().map(LucaInvoice::toListed);
    }

    /** A delivery is staged as its fulfillment, with its order as the parent (retry-failed reads the order by it). */
    static StagedRecord staged(InvoicePlan plan) {
        MappedInvoice invoice = plan.invoice();
        return new StagedRecord(invoice.recordId(), invoice.deliveryId() == null ? null : invoice.orderId(), null, invoice.belgeTakipNo(), plan.action(), plan.reason(), plan.ssFaturaBaslikId(),
                plan.payloadHash(), plan.isWrite() ? invoice.draft() : null, invoice.warnings());
    }

    private static StagedRecord keptInvoice(long recordId, Long orderId, InvoiceMapping invoice) {
        return new StagedRecord(recordId, orderId, null, invoice.payload().belgeTakipNo(), Action.KEEP, InvoicePlanner.deletedReason(invoice),
                invoice.ssFaturaBaslikId(), null, null, List.of());
    }

    @Override
    public Completion write(PendingRecord pending) {
        return writer.write(pending, draft(pending));
    }

    /** An invoice created, or found in Luca and adopted, is recorded as the order's. */
    @Override
    public void remember(List<Written> written, Instant now) {
        mappings.saveAll(written.stream().filter(w -> w.outcome() == RecordOutcome.CREATED || w.outcome() == RecordOutcome.UNCHANGED)
                .filter(w -> w.completion().lucaId() != null)
                .map(w -> new JdbcInvoiceMappingRepository.Written(orderOf(w.pending()), deliveryOf(w.pending()), w.completion().lucaId(),
                        writer.belgeNoOf(w.pending().resultId()), w.pending().payloadHash(), draft(w.pending()))).toList(), now);
    }

    /** A delivery's record is its fulfillment, its parent the order; a whole order's record is the order. */
    static long orderOf(PendingRecord pending) {
        return pending.katanaParentId() == null ? pending.katanaId() : pending.katanaParentId();
    }

    static Long deliveryOf(PendingRecord pending) {
        return pending.katanaParentId() == null ? null : pending.katanaId();
    }

    private InvoiceDraft draft(PendingRecord pending) {
        return json.readValue(pending.payloadJson(), InvoiceDraft.class);
    }
}
