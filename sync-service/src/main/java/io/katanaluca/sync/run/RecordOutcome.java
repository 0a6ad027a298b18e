package io.katanaluca.sync.run;

/** Where one record of a run ended up. PENDING until its write finished; DRY_RUN when it was only planned. */
public enum RecordOutcome {
    PENDING, CREATED, UPDATED, UNCHANGED, FAILED, DRY_RUN
}
