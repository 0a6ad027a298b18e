package io.katanaluca.sync.webhook;

import io.katanaluca.sync.product.JdbcStockCardMappingRepository.Parent;
import io.katanaluca.sync.run.RunScope;
import io.katanaluca.sync.run.SyncType;
import io.katanaluca.sync.webhook.JdbcWebhookEventRepository.PendingEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Which runs a window's events need: per type a targeted scope with ids, or incremental when an owner is unknown. */
record WebhookPlan(Map<SyncType, RunScope> scopes, Map<Long, Set<SyncType>> typesByEvent) {

    static WebhookPlan of(List<PendingEvent> events, Map<Long, Parent> variantOwners) {
        Map<SyncType, Set<Long>> ids = new EnumMap<>(SyncType.class);
        Set<SyncType> incremental = EnumSet.noneOf(SyncType.class);
        Map<Long, Set<SyncType>> typesByEvent = new LinkedHashMap<>();
        for (PendingEvent event : events) {
            Set<SyncType> types = typesOf(event, variantOwners);
            typesByEvent.put(event.id(), types);
            Long ownerId = ownerId(event, variantOwners);
            types.forEach(type -> {
                if (ownerId == null) {
                    incremental.add(type);
                } else {
                    ids.computeIfAbsent(type, t -> new TreeSet<>()).add(ownerId);
                }
            });
        }
        Map<SyncType, RunScope> scopes = new EnumMap<>(SyncType.class);
        ids.forEach((type, owners) -> scopes.put(type, RunScope.targeted(new ArrayList<>(owners))));
        incremental.forEach(type -> scopes.put(type, RunScope.incremental()));
        return new WebhookPlan(scopes, typesByEvent);
    }

    /** Events all of whose runs started. */
    List<Long> eventsServedBy(Set<SyncType> started) {
        return typesByEvent.entrySet().stream().filter(entry -> started.containsAll(entry.getValue())).map(Map.Entry::getKey).toList();
    }

    private static Set<SyncType> typesOf(PendingEvent event, Map<Long, Parent> variantOwners) {
        if (WebhookEvent.isSalesOrderEvent(event.action())) {
            return EnumSet.of(SyncType.SALES_INVOICE);
        }
        if (event.action().startsWith("material.")) {
            return EnumSet.of(SyncType.MATERIAL);
        }
        if (event.action().startsWith("product.")) {
            return EnumSet.of(SyncType.PRODUCT);
        }
        Parent owner = event.objectId() == null ? null : variantOwners.get(event.objectId());
        return owner == null ? EnumSet.of(SyncType.PRODUCT, SyncType.MATERIAL) : EnumSet.of(owner.type());
    }

    private static Long ownerId(PendingEvent event, Map<Long, Parent> variantOwners) {
        if (event.objectId() == null) {
            return null;
        }
        if (!event.action().startsWith("variant.")) {
            return event.objectId();
        }
        Parent owner = variantOwners.get(event.objectId());
        return owner == null ? null : owner.id();
    }
}
