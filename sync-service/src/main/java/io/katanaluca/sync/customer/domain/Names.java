package io.katanaluca.sync.customer.domain;

import io.katanaluca.sync.katana.KatanaCustomer;
import java.util.Optional;

/**
 * Who a Katana customer is: a person when the tax number is a TCKN, or when there is no company
 * and no VKN but a first and a last name; otherwise a company.
 */
final class Names {

    private Names() {
    }

    /** The account name ({@code tanim}): the company, else the name, else first and last name; null when there is none. */
    static String display(KatanaCustomer customer) {
        if (!isPersonByNames(customer) && hasText(customer.company())) {
            return customer.company().trim();
        }
        if (hasText(customer.name())) {
            return customer.name().trim();
        }
        String full = (text(customer.firstName()) + " " + text(customer.lastName())).trim();
        return full.isEmpty() ? null : full;
    }

    static boolean isPerson(KatanaCustomer customer, TaxNumber tax) {
        return tax != null ? tax.isPerson() : isPersonByNames(customer);
    }

    private static boolean isPersonByNames(KatanaCustomer customer) {
        return !hasText(customer.company()) && hasText(customer.firstName()) && hasText(customer.lastName());
    }

    /** A person needs a first and a last name: from Katana's fields, else split from the name at its last space. */
    static Optional<String> personProblem(KatanaCustomer customer, TaxNumber tax) {
        if (!isPerson(customer, tax) || hasText(first(customer)) && hasText(last(customer))) {
            return Optional.empty();
        }
        return Optional.of("is a person (TCKN) without a first and a last name; fill them in Katana");
    }

    static String first(KatanaCustomer customer) {
        if (hasText(customer.firstName())) {
            return customer.firstName().trim();
        }
        String name = text(customer.name()).trim();
        int space = name.lastIndexOf(' ');
        return space < 0 ? null : name.substring(0, space).trim();
    }

    static String last(KatanaCustomer customer) {
        if (hasText(customer.lastName())) {
            return customer.lastName().trim();
        }
        String name = text(customer.name()).trim();
        int space = name.lastIndexOf(' ');
        return space < 0 ? null : name.substring(space + 1);
    }

    static String legalName(KatanaCustomer customer) {
        return hasText(customer.company()) ? customer.company().trim() : display(customer);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
