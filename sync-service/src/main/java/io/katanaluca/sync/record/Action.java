package io.katanaluca.sync.record;

/**
 * The planned actions of every record type. CHANGED: the record changed in Katana but Luca
 * cannot update it (customer accounts); it is reported with the fields that differ, not written.
 * DELETE and KEEP: the record was deleted or archived in Katana after it was written to Luca;
 * by the deletion policy its Luca record is deleted, or kept and reported.
 */
public enum Action { CREATE, UPDATE, UNCHANGED, INVALID, CHANGED, DELETE, KEEP }
