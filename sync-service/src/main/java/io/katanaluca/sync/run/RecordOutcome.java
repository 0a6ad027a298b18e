package io.katanaluca.sync.run;

/**
 * Where one record of a run ended up. PENDING until its write finished; DRY_RUN when it was only
 * planned; NOT_UPDATED when it changed in Katana but Luca cannot update it (customer accounts:
 * the reason names the fields that differ).
 */
public enum RecordOutcome {
    PENDING, CREATED, UPDATED, UNCHANGED, FAILED, DRY_RUN, NOT_UPDATED
}
