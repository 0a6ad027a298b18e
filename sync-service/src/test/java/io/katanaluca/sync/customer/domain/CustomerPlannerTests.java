package io.katanaluca.sync.customer.domain;

import static io.katanaluca.sync.customer.domain.KatanaCustomers.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.record.Action;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerPlannerTests {

    private final CustomerMapper mapper = new CustomerMapper(CustomerRules.defaults());
    private final Map<String, ListedAccount> lucaAccounts = new HashMap<>();
    private final CustomerPlanner planner = new CustomerPlanner(code -> Optional.ofNullable(lucaAccounts.get(code)));
    private final MappedCustomer customer = mapper.map(aCompany().withComment("VKN 1234567890").build());

    @Test
    void shouldCreateAnAccountLucaDoesNotHave() {
        CustomerPlan plan = planner.plan(customer, Optional.empty());

        assertThat(plan.action()).isEqualTo(Action.CREATE);
        assertThat(plan.payloadHash()).isEqualTo(CustomerPayloadHash.of(customer.draft()));
    }

    @Test
    void shouldLeaveAnUnchangedAccountAlone() {
        lucaAccounts.put("KTN-7000001", new ListedAccount(210001, "KTN-7000001", Map.of()));

        CustomerPlan plan = planner.plan(customer, Optional.of(mappingOf(customer)));

        assertThat(plan.action()).isEqualTo(Action.UNCHANGED);
        assertThat(plan.lucaId()).isEqualTo(210001);
        assertThat(plan.linksExisting()).isFalse();
    }

    @Test
    void shouldReportAChangedCustomerWithTheFieldsThatDifferAndNeverWriteIt() {
        lucaAccounts.put("KTN-7000001", new ListedAccount(210001, "KTN-7000001", Map.of()));
        CustomerMapping before = mappingOf(customer);
        MappedCustomer changed = mapper.map(aCompany().withComment("VKN 1234567890").withEmail("yeni@bogazici.com.tr")
                .withCompany("Boğaziçi Tekstil Sanayi A.Ş.").build());

        CustomerPlan plan = planner.plan(changed, Optional.of(before));

        assertThat(plan.action()).isEqualTo(Action.CHANGED);
        assertThat(plan.lucaId()).isEqualTo(210001);
        assertThat(plan.changedFields()).containsExactly("tanim", "kisaAd", "yasalUnvan", "email");
        assertThat(plan.reason()).contains("Changed in Katana; Luca account not updated", "tanim, kisaAd, yasalUnvan, email");
    }

    @Test
    void shouldReportACustomerWhoseCodeWouldChangeInsteadOfCreatingASecondAccount() {
        CustomerMapping before = mappingOf(customer);
        MappedCustomer withReference = mapper.map(aCompany().withComment("VKN 1234567890").withReferenceId("CARİ-1").build());

        CustomerPlan plan = planner.plan(withReference, Optional.of(before));

        assertThat(plan.action()).isEqualTo(Action.CHANGED);
        assertThat(plan.changedFields()).containsExactly("kartKod");
        assertThat(plan.reason()).contains("'CARİ-1'", "KTN-7000001", "no second account");
    }

    @Test
    void shouldLinkAnAccountLucaAlreadyHoldsWithTheSameListedData() {
        lucaAccounts.put("KTN-7000001", new ListedAccount(99, "KTN-7000001",
                Map.of("tanim", "Boğaziçi Tekstil A.Ş.", "vergiNo", "1234567890", "email", "sule@bogazici.com.tr")));

        CustomerPlan plan = planner.plan(customer, Optional.empty());

        assertThat(plan.action()).isEqualTo(Action.UNCHANGED);
        assertThat(plan.linksExisting()).isTrue();
        assertThat(plan.lucaId()).isEqualTo(99);
    }

    @Test
    void shouldReportAnAccountLucaAlreadyHoldsWithOtherData() {
        lucaAccounts.put("KTN-7000001", new ListedAccount(99, "KTN-7000001", Map.of("tanim", "Eski Ünvan", "vergiNo", "1234567890")));

        CustomerPlan plan = planner.plan(customer, Optional.empty());

        assertThat(plan.action()).isEqualTo(Action.CHANGED);
        assertThat(plan.changedFields()).containsExactly("tanim");
        assertThat(plan.reason()).contains("already holds account KTN-7000001");
    }

    @Test
    void shouldCreateAgainAnAccountThatVanishedFromLuca() {
        assertThat(planner.plan(customer, Optional.of(mappingOf(customer))).action()).isEqualTo(Action.CREATE);
    }

    @Test
    void shouldCarryTheReasonOfAnInvalidCustomer() {
        MappedCustomer invalid = mapper.map(aCompany().withComment("VKN 1").build());

        CustomerPlan plan = planner.plan(invalid, Optional.empty());

        assertThat(plan.action()).isEqualTo(Action.INVALID);
        assertThat(plan.reason()).isEqualTo(invalid.invalidReason());
    }

    private static CustomerMapping mappingOf(MappedCustomer customer) {
        return new CustomerMapping(customer.customerId(), customer.code(), 210001, CustomerPayloadHash.of(customer.draft()), customer.draft());
    }
}
