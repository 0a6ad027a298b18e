package io.katanaluca.sync.product.domain;

import io.katanaluca.sync.record.Action;

/** What a run does with the card of a variant Katana deleted or archived: DELETE or KEEP it, and why. */
public record PlannedRemoval(RemovedVariant removed, ExistingMapping card, Action action, String reason) {
}
