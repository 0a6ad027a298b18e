package io.katanaluca.sync.customer.domain;

import io.katanaluca.sync.record.Action;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides per customer: CREATE an account Luca does not have; UNCHANGED when Luca holds what we
 * would send (an account found by code with the same listed content is linked, not duplicated);
 * CHANGED when it differs, since Luca cannot update it. An account that vanished from Luca's
 * listing is created again, as stock cards are.
 */
public final class CustomerPlanner {

    private final AccountDirectory luca;

    public CustomerPlanner(AccountDirectory luca) {
        this.luca = luca;
    }

    public CustomerPlan plan(MappedCustomer customer, Optional<CustomerMapping> mapping) {
        if (!customer.isValid()) {
            return new CustomerPlan(customer, Action.INVALID, null, null, customer.invalidReason(), false, List.of());
        }
        String hash = CustomerPayloadHash.of(customer.draft());
        if (mapping.isPresent()) {
            return planKnown(customer, mapping.get(), hash);
        }
        return luca.byCode(customer.code()).map(listed -> planFound(customer, listed, hash))
                .orElseGet(() -> new CustomerPlan(customer, Action.CREATE, null, hash, null, false, List.of()));
    }

    private CustomerPlan planKnown(MappedCustomer customer, CustomerMapping mapping, String hash) {
        if (!mapping.code().equals(customer.code())) {
            return changed(customer, mapping.lucaId(), hash, differing(mapping.payload().fields(), customer.draft().fields()),
                    "its account code would now be '" + customer.code() + "'; the Luca account " + mapping.code()
                            + " was not updated and no second account was created");
        }
        Optional<ListedAccount> listed = luca.byCode(mapping.code());
        if (listed.isEmpty()) {
            return new CustomerPlan(customer, Action.CREATE, null, hash, null, false, List.of());
        }
        if (mapping.payloadHash().equals(hash)) {
            return new CustomerPlan(customer, Action.UNCHANGED, listed.get().lucaId(), hash, null, false, List.of());
        }
        return changed(customer, listed.get().lucaId(), hash, differing(mapping.payload().fields(), customer.draft().fields()),
                "Luca account " + mapping.code() + " not updated");
    }

    /** No mapping, but Luca holds an account with the code: linked if its listed fields agree, reported if not. */
    private CustomerPlan planFound(MappedCustomer customer, ListedAccount listed, String hash) {
        List<String> differences = differingFromListing(customer.draft().fields(), listed.fields());
        if (differences.isEmpty()) {
            return new CustomerPlan(customer, Action.UNCHANGED, listed.lucaId(), hash, null, true, List.of());
        }
        return changed(customer, listed.lucaId(), hash, differences,
                "Luca already holds account " + listed.code() + " with other data; it was not updated");
    }

    private static CustomerPlan changed(MappedCustomer customer, Long lucaId, String hash, List<String> fields, String what) {
        return new CustomerPlan(customer, Action.CHANGED, lucaId, hash, notUpdatedReason(what, fields), false, fields);
    }

    /** The reason of the outcome NOT_DELETED: the customer is gone from Katana, its Luca account stays. */
    public static String deletedReason(long customerId, String name, Instant deletedAt, String accountCode, long lucaId) {
        return "Customer " + customerId + " '" + name + "' was deleted in Katana at " + deletedAt + "; its Luca account '" + accountCode
                + "' (finansalNesneId " + lucaId + ") is kept: Luca offers no way to delete an account through this API";
    }

    /** The reason of the outcome NOT_UPDATED: what happened and which fields differ. */
    public static String notUpdatedReason(String what, List<String> fields) {
        return "Changed in Katana; Luca account not updated (Luca cannot update accounts through its API): " + what
                + "; differing fields: " + String.join(", ", fields) + ". Update the account in Luca by hand.";
    }

    static List<String> differing(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(field -> !Objects.equals(before.get(field), after.get(field))).toList();
    }

    /** The listed fields that differ from ours; a field the listing leaves out is not compared. */
    public static List<String> differingFromListing(Map<String, String> ours, Map<String, String> listed) {
        return ours.keySet().stream().filter(listed::containsKey).filter(field -> !Objects.equals(ours.get(field), listed.get(field))).toList();
    }
}
