package io.katanaluca.sync.product.domain;

/**
 * What happens in Luca to the card of a variant that was deleted or archived in Katana after it
 * was written: REPORT keeps the card and reports it on every run; DELETE deletes the card.
 */
public enum DeletionPolicy {
    REPORT, DELETE
}
