package io.katanaluca.sync.run;

/** What a run synchronises. Customers, materials and "all" arrive with their own issue. */
public enum SyncType {
    PRODUCT
}
