package io.katanaluca.sync.customer;

import io.katanaluca.sync.customer.domain.CustomerRules;
import io.katanaluca.sync.customer.domain.CustomerRules.CodeRule;
import io.katanaluca.sync.customer.domain.CustomerRules.TaxNumberSource;
import io.katanaluca.sync.mapping.FieldLimits;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The customer part of the mapping rules block, {@code sync.mapping.customers.*}; see
 * {@link CustomerRules} for what each setting means. Field limits and the truncation policy are
 * shared with stock cards ({@code sync.mapping.field-limits}, {@code sync.mapping.truncation}).
 */
@ConfigurationProperties("sync.mapping.customers")
public record CustomerMappingProperties(CodeRule codeRule, String codePrefix, TaxNumber taxNumber, Integer cariTipId,
        String categoryCode, String defaultCurrency) {

    public CustomerMappingProperties {
        taxNumber = taxNumber == null ? new TaxNumber(null, null, false) : taxNumber;
    }

    /**
     * @param source   COMMENT (default), REFERENCE_ID or NONE
     * @param prefixes with COMMENT: the words before the number, default VKN, TCKN, "Vergi No"
     * @param required whether a customer without one fails
     */
    public record TaxNumber(TaxNumberSource source, List<String> prefixes, boolean required) {
    }

    public CustomerRules toRules(FieldLimits limits) {
        return new CustomerRules(codeRule, codePrefix, taxNumber.source(), taxNumber.prefixes(), taxNumber.required(),
                cariTipId == null ? 0 : cariTipId, categoryCode, defaultCurrency, limits);
    }
}
