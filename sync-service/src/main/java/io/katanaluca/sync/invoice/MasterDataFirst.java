package io.katanaluca.sync.invoice;

import io.katanaluca.sync.invoice.domain.MappedInvoice;
import io.katanaluca.sync.katana.KatanaClient;
import io.katanaluca.sync.katana.KatanaSalesOrder;
import io.katanaluca.sync.katana.KatanaVariantRef;
import io.katanaluca.sync.run.RunStage;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Before a page of orders is planned: the customers without a Luca account and the products or
 * materials of row variants without a stock card are synced first, by targeted CUSTOMER, PRODUCT
 * and MATERIAL runs the engine awaits ({@link RunStage#syncFirst}), so the orders are invoiced in
 * this run on what those syncs wrote; nothing is made up. A variant Katana no longer holds
 * (deleted) cannot be synced, and its order fails naming it. A dry run syncs nothing first.
 */
@Component
class MasterDataFirst {

    private final KatanaClient katana;
    private final SyncedMasterData masterData;

    MasterDataFirst(KatanaClient katana, SyncedMasterData masterData) {
        this.katana = katana;
        this.masterData = masterData;
    }

    /** Syncs what these orders lack; returns what was synced first, by Katana customer and variant id. */
    SyncedFirst syncFor(List<KatanaSalesOrder> orders, RunStage stage) throws InterruptedException {
        List<Long> customers = orders.stream().map(KatanaSalesOrder::customerId).filter(Objects::nonNull).distinct().toList();
        List<Long> variants = orders.stream().flatMap(order -> order.salesOrderRows().stream()).map(KatanaSalesOrder.Row::variantId)
                .filter(Objects::nonNull).distinct().toList();
        List<Long> missingCustomers = missing(customers, masterData.accounts(customers).keySet());
        List<Long> missingVariants = missing(variants, masterData.cardCodes(variants).keySet());
        if (missingCustomers.isEmpty() && missingVariants.isEmpty() || stage.isDryRun()) {
            return SyncedFirst.NOTHING;
        }
        Map<Long, String> customerNotes = notes(missingCustomers, "customer %d had no Luca account and was synced first",
                stage.syncFirst(SyncType.CUSTOMER, missingCustomers));
        List<KatanaVariantRef> refs = missingVariants.isEmpty() ? List.of() : katana.findVariants(missingVariants);
        Map<Long, String> variantNotes = new HashMap<>();
        variantNotes.putAll(notes(refs.stream().filter(ref -> !ref.isMaterial() && ref.productId() != null).toList(), SyncType.PRODUCT,
                KatanaVariantRef::productId, stage));
        variantNotes.putAll(notes(refs.stream().filter(KatanaVariantRef::isMaterial).toList(), SyncType.MATERIAL, KatanaVariantRef::materialId,
                stage));
        return new SyncedFirst(customerNotes, variantNotes);
    }

    private static Map<Long, String> notes(List<KatanaVariantRef> refs, SyncType type, Function<KatanaVariantRef, Long> owner,
            RunStage stage) throws InterruptedException {
        if (refs.isEmpty()) {
            return Map.of();
        }
        List<SyncRun> runs = stage.syncFirst(type, refs.stream().map(owner).distinct().toList());
        return notes(refs.stream().map(KatanaVariantRef::id).toList(), "variant %d had no Luca stock card and its " + type.name().toLowerCase(Locale.ROOT) + " was synced first", runs);
    }

    private static Map<Long, String> notes(Collection<Long> ids, String what, List<SyncRun> runs) {
        if (runs.isEmpty()) {
            return Map.of();
        }
        String by = runs.stream().map(run -> run.syncType() + " run " + run.id() + " ended " + run.status())
                .collect(Collectors.joining(", ", " (", ")"));
        Map<Long, String> notes = new HashMap<>();
        ids.forEach(id -> notes.put(id, String.format(what, id) + by));
        return notes;
    }

    private static List<Long> missing(List<Long> ids, Collection<Long> known) {
        return ids.stream().filter(id -> !known.contains(id)).toList();
    }

    /** What was synced first, by Katana customer and variant id: each order's result says so. */
    record SyncedFirst(Map<Long, String> customers, Map<Long, String> variants) {

        static final SyncedFirst NOTHING = new SyncedFirst(Map.of(), Map.of());

        /** A valid order gets a warning per record synced first for it; a failed one the same notes in its reason. */
        MappedInvoice annotate(KatanaSalesOrder order, MappedInvoice mapped) {
            List<String> notes = new ArrayList<>();
            if (order.customerId() != null && customers.containsKey(order.customerId())) {
                notes.add(customers.get(order.customerId()));
            }
            order.salesOrderRows().stream().map(KatanaSalesOrder.Row::variantId).filter(Objects::nonNull).distinct()
                    .filter(variants::containsKey).forEach(variant -> notes.add(variants.get(variant)));
            if (notes.isEmpty()) {
                return mapped;
            }
            return mapped.isValid() ? mapped.warned(notes) : mapped.failed(mapped.invalidReason() + "; " + String.join("; ", notes));
        }
    }
}
