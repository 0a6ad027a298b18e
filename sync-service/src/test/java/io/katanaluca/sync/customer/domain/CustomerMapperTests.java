package io.katanaluca.sync.customer.domain;

import static io.katanaluca.sync.customer.domain.KatanaCustomers.aCompany;
import static io.katanaluca.sync.customer.domain.KatanaCustomers.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.customer.domain.CustomerDraft.Address;
import io.katanaluca.sync.customer.domain.CustomerDraft.Contact;
import io.katanaluca.sync.customer.domain.CustomerRules.CodeRule;
import io.katanaluca.sync.customer.domain.CustomerRules.TaxNumberSource;
import io.katanaluca.sync.mapping.FieldLimits;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerMapperTests {

    private final CustomerMapper mapper = new CustomerMapper(CustomerRules.defaults());

    @Test
    void shouldMapACompanyWithItsVknAddressAndContacts() {
        CustomerDraft draft = mapper.map(aCompany().withComment("Toptan müşteri. VKN: 1234567890, vade 30 gün").build()).draft();

        assertThat(draft.kartKod()).isEqualTo("KTN-7000001");
        assertThat(draft.tip()).isEqualTo(CustomerDraft.COMPANY);
        assertThat(draft.cariTipId()).isEqualTo(5);
        assertThat(draft.tanim()).isEqualTo("Boğaziçi Tekstil A.Ş.");
        assertThat(draft.yasalUnvan()).isEqualTo("Boğaziçi Tekstil A.Ş.");
        assertThat(draft.kisaAd()).isEqualTo("Boğaziçi Tekstil A.Ş.");
        assertThat(draft.vergiNo()).isEqualTo("1234567890");
        assertThat(draft.tcKimlikNo()).isNull();
        assertThat(draft.ad()).isNull();
        assertThat(draft.paraBirimKod()).isEqualTo("TRY");
        assertThat(draft.adres()).isEqualTo(new Address(Address.INVOICE, "TR", "İstanbul", "Kadıköy", "İnönü Sok. No:5/3, Daire 4, 34710"));
        assertThat(draft.iletisim()).containsExactly(new Contact(Contact.EMAIL, "sule@bogazici.com.tr"),
                new Contact(Contact.MOBILE, "+90 532 111 22 33"));
    }

    @Test
    void shouldMapAPersonWithFirstAndLastNameAndTheirTckn() {
        CustomerDraft draft = mapper.map(aPerson().withComment("TCKN 10000000146").withPhone("0212 555 44 33").build()).draft();

        assertThat(draft.tip()).isEqualTo(CustomerDraft.PERSON);
        assertThat(draft.tanim()).isEqualTo("Ümit Çağlar");
        assertThat(draft.ad()).isEqualTo("Ümit");
        assertThat(draft.soyad()).isEqualTo("Çağlar");
        assertThat(draft.tcKimlikNo()).isEqualTo("10000000146");
        assertThat(draft.vergiNo()).isNull();
        assertThat(draft.yasalUnvan()).isNull();
        assertThat(draft.iletisim()).contains(new Contact(Contact.PHONE, "0212 555 44 33"));
    }

    @Test
    void shouldTakeAPersonsNamesFromTheNameWhenKatanaHasNoFirstOrLastName() {
        CustomerDraft draft = mapper.map(aPerson().named("Ayşe Nur Yıldız").withFirstAndLastName(null, null)
                .withComment("TCKN: 10000000146").build()).draft();

        assertThat(draft.ad()).isEqualTo("Ayşe Nur");
        assertThat(draft.soyad()).isEqualTo("Yıldız");
    }

    @Test
    void shouldUseTheReferenceIdAsTheCodeWhenSetAndTheKatanaIdOtherwiseOrWhenConfigured() {
        var withReference = aCompany().withReferenceId("  CARİ-0042 ").build();
        var idOnly = new CustomerMapper(new CustomerRules(CodeRule.ID, "K", null, null, false, 0, null, null, null));

        assertThat(mapper.map(withReference).code()).isEqualTo("CARİ-0042");
        assertThat(mapper.map(aCompany().build()).code()).isEqualTo("KTN-7000001");
        assertThat(idOnly.map(withReference).code()).isEqualTo("K7000001");
    }

    @Test
    void shouldFailAnInvalidTaxNumberNamingTheCustomerAndTheNumber() {
        MappedCustomer mapped = mapper.map(aCompany().withComment("VKN: 12345").build());

        assertThat(mapped.isValid()).isFalse();
        assertThat(mapped.code()).isEqualTo("KTN-7000001");
        assertThat(mapped.invalidReason()).contains("Customer 7000001", "Boğaziçi", "12345", "10-digit VKN");
    }

    @Test
    void shouldSendNoTaxNumberWhenThereIsNoneUnlessOneIsRequired() {
        var required = new CustomerMapper(new CustomerRules(null, null, TaxNumberSource.COMMENT, List.of("VKN"), true, 0, null, null, null));

        assertThat(mapper.map(aCompany().build()).draft().vergiNo()).isNull();
        assertThat(required.map(aCompany().build()).invalidReason()).contains("has no tax number", "VKN");
    }

    @Test
    void shouldReadTheTaxNumberFromTheReferenceIdWhenConfigured() {
        var fromReference = new CustomerMapper(new CustomerRules(CodeRule.ID, null, TaxNumberSource.REFERENCE_ID, null, false, 0, null, null, null));

        assertThat(fromReference.map(aCompany().withReferenceId("9876543210").build()).draft().vergiNo()).isEqualTo("9876543210");
    }

    @Test
    void shouldFailACustomerWithNoNameAtAll() {
        MappedCustomer mapped = mapper.map(aCompany().named(" ").withCompany(null).withFirstAndLastName(null, "").build());

        assertThat(mapped.invalidReason()).contains("Customer 7000001 has no name");
    }

    @Test
    void shouldFailAPersonWithATcknButOnlyOneName() {
        MappedCustomer mapped = mapper.map(aPerson().named("Cem").withFirstAndLastName(null, null).withComment("TCKN 10000000146").build());

        assertThat(mapped.invalidReason()).contains("first and a last name");
    }

    @Test
    void shouldSendOnlyAShippingAddressAsADeliveryAddressWithAWarning() {
        MappedCustomer mapped = mapper.map(aCompany().withOnlyAShippingAddress().build());

        assertThat(mapped.draft().adres()).isEqualTo(new Address(Address.DELIVERY, "TR", "Bursa", "Nilüfer", "Depo Yolu 3, 16000"));
        assertThat(mapped.warnings()).singleElement().asString().contains("no billing address", "adresTipId 8");
    }

    @Test
    void shouldCutALongNameWithAWarningButKeepTheShortNameSilentlyShort() {
        String longName = "Çok Uzun Ünvanlı Şirket ".repeat(20).trim();

        MappedCustomer mapped = mapper.map(aCompany().withCompany(longName).build());

        assertThat(mapped.draft().tanim()).hasSize(250).isEqualTo(longName.substring(0, 250));
        assertThat(mapped.draft().kisaAd()).hasSizeLessThanOrEqualTo(30).startsWith("Çok Uzun Ünvanlı");
        assertThat(mapped.warnings()).anySatisfy(w -> assertThat(w).contains("tanim was 479 characters; cut to 250"));
    }

    @Test
    void shouldFailAReferenceIdTooLongForAnAccountCodeInsteadOfCuttingIt() {
        MappedCustomer mapped = mapper.map(aCompany().withReferenceId("R".repeat(51)).build());

        assertThat(mapped.isValid()).isFalse();
        assertThat(mapped.invalidReason()).contains("kartKod", "51 characters", "never cut");
    }

    @Test
    void shouldFailLongTextUnderTheFailPolicy() {
        var strict = new CustomerMapper(new CustomerRules(null, null, null, null, false, 0, null, null,
                new FieldLimits(Map.of("tanim", 10), FieldLimits.Policy.FAIL)));

        assertThat(strict.map(aCompany().build()).invalidReason()).contains("tanim", "at most 10");
    }

    @Test
    void shouldKeepTurkishTextAndSymbolsExactly() {
        CustomerDraft draft = mapper.map(aCompany().withCompany("Işık Çelik Ürünleri Ø×½ ğüşıİöç ĞÜŞÖÇ").build()).draft();

        assertThat(draft.tanim()).isEqualTo("Işık Çelik Ürünleri Ø×½ ğüşıİöç ĞÜŞÖÇ");
    }

    @Test
    void shouldUseTheDefaultCurrencyWhenKatanaHasNone() {
        assertThat(mapper.map(aCompany().withCurrency(" ").build()).draft().paraBirimKod()).isEqualTo("TRY");
        assertThat(mapper.map(aCompany().withCurrency("eur").build()).draft().paraBirimKod()).isEqualTo("EUR");
    }

    @Test
    void shouldTellMobileFromLandlineNumbers() {
        assertThat(CustomerMapper.isMobile("+90 532 111 22 33")).isTrue();
        assertThat(CustomerMapper.isMobile("0532 111 22 33")).isTrue();
        assertThat(CustomerMapper.isMobile("+90 212 111 22 33")).isFalse();
    }
}
