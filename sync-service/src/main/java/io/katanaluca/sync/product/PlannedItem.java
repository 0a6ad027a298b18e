package io.katanaluca.sync.product;

/**
 * What a run will do with one variant. {@code skartId} is the card to update (null for a
 * create or an invalid variant); {@code reason} says why a variant is invalid.
 */
public record PlannedItem(MappedVariant variant, Action action, Long skartId, String payloadHash, String reason) {

    /**
     * The planned actions of every record type. CHANGED: the record changed in Katana but Luca
     * cannot update it (customer accounts); it is reported with the fields that differ, not written.
     * DELETE and KEEP: the record was deleted or archived in Katana after it was written to Luca;
     * by the deletion policy its Luca record is deleted, or kept and reported.
     */
    public enum Action { CREATE, UPDATE, UNCHANGED, INVALID, CHANGED, DELETE, KEEP }

    public boolean needsWrite() {
        return action == Action.CREATE || action == Action.UPDATE;
    }
}
