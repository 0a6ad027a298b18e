package io.katanaluca.sync.run;

import java.util.List;

/**
 * What a run synchronises. ALL is a job, not a run: products, materials, then customers, one
 * operation-log row (run) per type under one job id. SALES_INVOICE is not part of ALL: invoices
 * are legal documents, so they run only when started (or scheduled) as themselves.
 */
public enum SyncType {
    PRODUCT, MATERIAL, CUSTOMER, SALES_INVOICE, ALL;

    /** The types that get a run (an operation-log row) of their own, in the order they run. */
    public List<SyncType> parts() {
        return this == ALL ? List.of(PRODUCT, MATERIAL, CUSTOMER) : List.of(this);
    }
}
