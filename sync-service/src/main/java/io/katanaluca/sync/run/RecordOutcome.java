package io.katanaluca.sync.run;

/**
 * Where one record of a run ended up. PENDING until its write finished; DRY_RUN when it was only
 * planned; NOT_UPDATED when it changed in Katana but Luca cannot update it (customer accounts:
 * the reason names the fields that differ). A record deleted or archived in Katana after it was
 * written ends DELETED (its Luca card deleted, by the deletion policy) or NOT_DELETED (its Luca
 * record kept and reported).
 */
public enum RecordOutcome {
    PENDING, CREATED, UPDATED, UNCHANGED, FAILED, DRY_RUN, NOT_UPDATED, DELETED, NOT_DELETED
}
