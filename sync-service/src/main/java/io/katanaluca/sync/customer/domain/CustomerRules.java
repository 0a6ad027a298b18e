package io.katanaluca.sync.customer.domain;

import io.katanaluca.sync.katana.KatanaCustomer;
import io.katanaluca.sync.mapping.FieldLimits;
import java.util.List;

/**
 * The customer mapping decisions that belong to the user ({@code sync.mapping.customers.*}).
 *
 * @param codeRule          how the Luca account code ({@code kartKod}) is chosen; the code is what makes a customer idempotent
 * @param codePrefix        before the Katana id in a code made from it, e.g. {@code KTN-} → {@code KTN-7000001}
 * @param taxNumberSource   where the tax number is read, since Katana has no field for it
 * @param taxNumberPrefixes with source COMMENT: the words that introduce it in the comment, e.g. {@code VKN: 1234567890}
 * @param taxNumberRequired whether a customer without a tax number fails (by default it is sent without one)
 * @param cariTipId         Luca's account type id ({@code cariTipId}; 5 in Luca's samples)
 * @param categoryCode      Luca's {@code kategoriKod} for every account (e.g. {@code 120.01}); null sends none
 * @param defaultCurrency   when Katana has none
 */
public record CustomerRules(CodeRule codeRule, String codePrefix, TaxNumberSource taxNumberSource, List<String> taxNumberPrefixes,
        boolean taxNumberRequired, int cariTipId, String categoryCode, String defaultCurrency, FieldLimits limits) {

    /** REFERENCE_ID_OR_ID: Katana's {@code reference_id} when set, else prefix + Katana id. ID: always prefix + id. */
    public enum CodeRule { REFERENCE_ID_OR_ID, ID }

    public enum TaxNumberSource { COMMENT, REFERENCE_ID, NONE }

    public CustomerRules {
        codeRule = codeRule == null ? CodeRule.REFERENCE_ID_OR_ID : codeRule;
        codePrefix = codePrefix == null ? "KTN-" : codePrefix;
        taxNumberSource = taxNumberSource == null ? TaxNumberSource.COMMENT : taxNumberSource;
        taxNumberPrefixes = taxNumberPrefixes == null || taxNumberPrefixes.isEmpty() ? List.of("VKN", "TCKN", "Vergi No") : List.copyOf(taxNumberPrefixes);
        cariTipId = cariTipId == 0 ? 5 : cariTipId;
        categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
        defaultCurrency = defaultCurrency == null || defaultCurrency.isBlank() ? "TRY" : defaultCurrency;
        limits = limits == null ? FieldLimits.defaults() : limits;
    }

    public static CustomerRules defaults() {
        return new CustomerRules(null, null, null, null, false, 0, null, null, null);
    }

    /** The Luca account code of a Katana customer by the code rule. */
    public String codeFor(KatanaCustomer customer) {
        boolean hasReference = customer.referenceId() != null && !customer.referenceId().isBlank();
        return codeRule == CodeRule.REFERENCE_ID_OR_ID && hasReference ? customer.referenceId().trim() : codePrefix + customer.id();
    }
}
