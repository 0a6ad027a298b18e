package io.katanaluca.sync.customer.domain;

import java.util.List;

/**
 * One Katana customer after mapping: the account draft Luca should hold, or the reason it cannot
 * have one, and what the mapping changed to make it fit.
 *
 * @param code the Luca account code by the code rule, even for an invalid customer (so codes shared by two customers show)
 */
public record MappedCustomer(long customerId, String code, CustomerDraft draft, String invalidReason, List<String> warnings) {

    public MappedCustomer {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static MappedCustomer valid(long customerId, CustomerDraft draft, List<String> warnings) {
        return new MappedCustomer(customerId, draft.kartKod(), draft, null, warnings);
    }

    static MappedCustomer invalid(long customerId, String code, String reason) {
        return new MappedCustomer(customerId, code, null, reason, List.of());
    }

    public boolean isValid() {
        return draft != null;
    }
}
