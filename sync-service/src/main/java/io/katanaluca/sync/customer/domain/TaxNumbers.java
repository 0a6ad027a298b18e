package io.katanaluca.sync.customer.domain;

import io.katanaluca.sync.customer.domain.CustomerRules.TaxNumberSource;
import io.katanaluca.sync.katana.KatanaCustomer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a customer's tax number where the rules say it is (Katana has no field for it) and
 * validates it. A number that is there but invalid fails the customer: an account with a wrong
 * tax number is worse than none.
 */
final class TaxNumbers {

    /** The tax number found (null if none), or why the customer fails. */
    record Found(TaxNumber number, String problem) {
    }

    private final CustomerRules rules;
    private final Pattern inComment;

    TaxNumbers(CustomerRules rules) {
        this.rules = rules;
        this.inComment = Pattern.compile("(?:" + rules.taxNumberPrefixes().stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")\\s*[:=.]?\\s*([^\\s,;]+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    Found find(KatanaCustomer customer) {
        Optional<String> text = rawNumber(customer);
        if (text.isEmpty()) {
            return rules.taxNumberRequired() ? new Found(null, "has no tax number (looked for " + where() + ")") : new Found(null, null);
        }
        TaxNumber.Parsed parsed = TaxNumber.parse(text.get());
        return parsed.problem() == null ? new Found(parsed.number(), null)
                : new Found(null, "has an invalid tax number in " + where() + ": " + parsed.problem());
    }

    private Optional<String> rawNumber(KatanaCustomer customer) {
        if (rules.taxNumberSource() == TaxNumberSource.REFERENCE_ID) {
            return Optional.ofNullable(customer.referenceId()).map(String::trim).filter(id -> !id.isEmpty());
        }
        if (rules.taxNumberSource() == TaxNumberSource.NONE || customer.comment() == null) {
            return Optional.empty();
        }
        Matcher matcher = inComment.matcher(customer.comment());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private String where() {
        return switch (rules.taxNumberSource()) {
            case COMMENT -> "the comment after " + String.join(" / ", rules.taxNumberPrefixes());
            case REFERENCE_ID -> "the reference_id";
            case NONE -> "nowhere: sync.mapping.customers.tax-number.source is NONE";
        };
    }
}
