package io.katanaluca.sync.product.domain;

import io.katanaluca.sync.record.Action;

/**
 * What a run will do with one variant. {@code skartId} is the card to update (null for a
 * create or an invalid variant); {@code reason} says why a variant is invalid.
 */
public record PlannedItem(MappedVariant variant, Action action, Long skartId, String payloadHash, String reason) {

    public boolean needsWrite() {
        return action == Action.CREATE || action == Action.UPDATE;
    }
}
