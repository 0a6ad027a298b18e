package io.katanaluca.sync.customer.domain;

import io.katanaluca.sync.katana.KatanaCustomer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test data builder: {@code aCompany().withComment("VKN: 1234567890").build()}. */
final class KatanaCustomers {

    private long id = 7000001;
    private String name = "Boğaziçi Tekstil A.Ş.";
    private String firstName = "Şule";
    private String lastName = "Öztürk";
    private String company = "Boğaziçi Tekstil A.Ş.";
    private String email = "sule@bogazici.com.tr";
    private String phone = "+90 532 111 22 33";
    private String comment;
    private String currency = "TRY";
    private String referenceId;
    private final List<KatanaCustomer.Address> addresses = new ArrayList<>(List.of(billing()));

    static KatanaCustomers aCompany() {
        return new KatanaCustomers();
    }

    static KatanaCustomers aPerson() {
        return new KatanaCustomers().named("Ümit Çağlar").withFirstAndLastName("Ümit", "Çağlar").withCompany(null);
    }

    KatanaCustomers withId(long id) {
        this.id = id;
        return this;
    }

    KatanaCustomers named(String name) {
        this.name = name;
        return this;
    }

    KatanaCustomers withFirstAndLastName(String first, String last) {
        this.firstName = first;
        this.lastName = last;
        return this;
    }

    KatanaCustomers withCompany(String company) {
        this.company = company;
        return this;
    }

    KatanaCustomers withComment(String comment) {
        this.comment = comment;
        return this;
    }

    KatanaCustomers withReferenceId(String referenceId) {
        this.referenceId = referenceId;
        return this;
    }

    KatanaCustomers withEmail(String email) {
        this.email = email;
        return this;
    }

    KatanaCustomers withPhone(String phone) {
        this.phone = phone;
        return this;
    }

    KatanaCustomers withCurrency(String currency) {
        this.currency = currency;
        return this;
    }

    KatanaCustomers withOnlyAShippingAddress() {
        addresses.clear();
        addresses.add(new KatanaCustomer.Address(2L, "shipping", true, null, null, null, null, "Depo Yolu 3", null, "Bursa", "Nilüfer",
                "16000", "TR"));
        return this;
    }

    KatanaCustomers withoutAddresses() {
        addresses.clear();
        return this;
    }

    KatanaCustomer build() {
        return new KatanaCustomer(id, name, firstName, lastName, company, email, phone, comment, currency, referenceId, "Toptan",
                addresses.stream().filter(KatanaCustomer.Address::isBilling).map(KatanaCustomer.Address::id).findFirst().orElse(null),
                null, addresses, Instant.parse("2026-01-01T00:00:00Z"), null);
    }

    private static KatanaCustomer.Address billing() {
        return new KatanaCustomer.Address(1L, "billing", true, "Şule", "Öztürk", null, null, "İnönü Sok. No:5/3", "Daire 4", "İstanbul",
                "Kadıköy", "34710", "TR");
    }
}
