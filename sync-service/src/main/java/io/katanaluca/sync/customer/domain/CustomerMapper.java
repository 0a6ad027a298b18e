package io.katanaluca.sync.customer.domain;

import io.katanaluca.sync.customer.domain.CustomerDraft.Address;
import io.katanaluca.sync.customer.domain.CustomerDraft.Contact;
import io.katanaluca.sync.katana.KatanaCustomer;
import io.katanaluca.sync.mapping.Fitting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a Katana customer to a Luca account draft: a company ({@code tip} 1) or a person (2, with
 * {@code ad}/{@code soyad}), the billing address as the invoice address, e-mail and phone as
 * contacts. Text is passed as Katana has it: no upper-casing, no ASCII folding.
 */
public final class CustomerMapper {

    private final CustomerRules rules;
    private final TaxNumbers taxNumbers;

    public CustomerMapper(CustomerRules rules) {
        this.rules = rules;
        this.taxNumbers = new TaxNumbers(rules);
    }

    public MappedCustomer map(KatanaCustomer customer) {
        String code = rules.codeFor(customer);
        String who = "Customer " + customer.id() + Optional.ofNullable(Names.display(customer)).map(name -> " '" + name + "'").orElse("");
        TaxNumbers.Found tax = taxNumbers.find(customer);
        Optional<String> problem = Optional.ofNullable(tax.problem())
                .or(() -> Names.display(customer) == null ? Optional.of("has no name, company or first and last name; name it in Katana")
                        : Optional.empty())
                .or(() -> Names.personProblem(customer, tax.number()));
        if (problem.isPresent()) {
            return MappedCustomer.invalid(customer.id(), code, who + " " + problem.get());
        }
        Fitting fitting = rules.limits().newFitting();
        CustomerDraft draft = draft(customer, code, tax.number(), fitting);
        return fitting.failure().map(failure -> MappedCustomer.invalid(customer.id(), code, who + ": " + failure))
                .orElseGet(() -> MappedCustomer.valid(customer.id(), draft, fitting.warnings()));
    }

    private CustomerDraft draft(KatanaCustomer customer, String code, TaxNumber tax, Fitting fitting) {
        fitting.requireFits("kartKod", code, "shorten the reference_id in Katana or change sync.mapping.customers.code-rule");
        boolean person = Names.isPerson(customer, tax);
        String tanim = fitting.fit("tanim", Names.display(customer));
        return new CustomerDraft(code, person ? CustomerDraft.PERSON : CustomerDraft.COMPANY, rules.cariTipId(), rules.categoryCode(), tanim,
                fitting.shorten("kisaAd", tanim), person ? null : fitting.fit("yasalUnvan", Names.legalName(customer)),
                tax != null && !tax.isPerson() ? tax.digits() : null, tax != null && tax.isPerson() ? tax.digits() : null,
                person ? fitting.fit("ad", Names.first(customer)) : null, person ? fitting.fit("soyad", Names.last(customer)) : null,
                currency(customer), address(customer, fitting), contacts(customer, fitting));
    }

    private String currency(KatanaCustomer customer) {
        return customer.currency() == null || customer.currency().isBlank() ? rules.defaultCurrency()
                : customer.currency().trim().toUpperCase(Locale.ROOT);
    }

    /** The billing address as the invoice address; with only a shipping address, that one as a delivery address (and a warning). */
    private static Address address(KatanaCustomer customer, Fitting fitting) {
        Optional<KatanaCustomer.Address> billing = pick(customer, true);
        Optional<KatanaCustomer.Address> chosen = billing.or(() -> pick(customer, false));
        if (billing.isEmpty() && chosen.isPresent()) {
            fitting.warn("no billing address in Katana: the shipping address was sent as a delivery address (adresTipId 8),"
                    + " not as the invoice address");
        }
        return chosen.map(a -> new Address(billing.isPresent() ? Address.INVOICE : Address.DELIVERY, a.country(), a.city(), a.state(),
                fitting.fit("adresSerbest", freeText(a)))).orElse(null);
    }

    private static Optional<KatanaCustomer.Address> pick(KatanaCustomer customer, boolean billing) {
        Long preferred = billing ? customer.defaultBillingId() : customer.defaultShippingId();
        List<KatanaCustomer.Address> ofType = customer.addresses().stream()
                .filter(a -> billing ? a.isBilling() : a.isShipping()).toList();
        return ofType.stream().filter(a -> a.id() != null && a.id().equals(preferred)).findFirst().or(() -> ofType.stream().findFirst());
    }

    private static String freeText(KatanaCustomer.Address address) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {address.line1(), address.line2(), address.zip()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static List<Contact> contacts(KatanaCustomer customer, Fitting fitting) {
        List<Contact> contacts = new ArrayList<>();
        if (customer.email() != null && !customer.email().isBlank()) {
            contacts.add(new Contact(Contact.EMAIL, fitting.fit("iletisimTanim", customer.email().trim())));
        }
        if (customer.phone() != null && !customer.phone().isBlank()) {
            contacts.add(new Contact(isMobile(customer.phone()) ? Contact.MOBILE : Contact.PHONE, fitting.fit("iletisimTanim", customer.phone().trim())));
        }
        return contacts;
    }

    /** Turkish mobile numbers are 5xx after the country or trunk prefix. */
    static boolean isMobile(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.matches("(90|0)?5\\d{9}");
    }
}
