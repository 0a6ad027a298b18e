package io.katanaluca.sync.customer.domain;

import io.katanaluca.sync.record.Action;
import java.util.List;

/**
 * What a run will do with one customer. Luca offers no way to update an account through this API,
 * so a customer that changed in Katana is CHANGED: reported with the fields that differ, never
 * written, never created a second time.
 *
 * @param lucaId        the account Luca holds for it, if any
 * @param linksExisting an account Luca already held with this code and the same content: the mapping is recorded, nothing written
 * @param changedFields for CHANGED, Luca's names of the fields that differ
 */
public record CustomerPlan(MappedCustomer customer, Action action, Long lucaId, String payloadHash, String reason, boolean linksExisting,
        List<String> changedFields) {

    public CustomerPlan {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }
}
