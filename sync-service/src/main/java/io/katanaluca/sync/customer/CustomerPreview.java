package io.katanaluca.sync.customer;

import io.katanaluca.sync.customer.domain.CustomerMapper;
import io.katanaluca.sync.customer.domain.CustomerPlan;
import io.katanaluca.sync.customer.domain.CustomerPlanner;
import io.katanaluca.sync.customer.domain.MappedCustomer;
import io.katanaluca.sync.katana.KatanaClient;
import io.katanaluca.sync.katana.KatanaCustomer;
import io.katanaluca.sync.katana.KatanaQuery;
import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.luca.LucaPayloads;
import io.katanaluca.sync.record.Action;
import io.katanaluca.sync.run.MappingPreview;
import io.katanaluca.sync.run.RecordPreview;
import io.katanaluca.sync.run.ResilientLuca;
import io.katanaluca.sync.run.SyncType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The mapping preview of one customer: read from Katana by id, mapped with the current rules,
 * planned against the mapping table and Luca's account with that code, exactly as a run would.
 */
@Service
public class CustomerPreview implements RecordPreview {

    private final KatanaClient katana;
    private final LucaClient luca;
    private final ResilientLuca resilient;
    private final JdbcCustomerMappingRepository mappings;
    private final CustomerRulesFactory rules;

    CustomerPreview(KatanaClient katana, LucaClient luca, ResilientLuca resilient, JdbcCustomerMappingRepository mappings,
            CustomerRulesFactory rules) {
        this.katana = katana;
        this.luca = luca;
        this.resilient = resilient;
        this.mappings = mappings;
        this.rules = rules;
    }

    @Override
    public String parameter() {
        return "customerId";
    }

    /** Empty when Katana has no live customer with this id. */
    @Override
    public Optional<MappingPreview> preview(String key) {
        long customerId = Long.parseLong(key);
        List<KatanaCustomer> found = new ArrayList<>();
        katana.readCustomerPagesWhile(KatanaQuery.allCustomers().withIds(List.of(customerId)), page -> {
            found.addAll(page);
            return false;
        });
        return found.stream().filter(customer -> customer.id() == customerId).findFirst().map(this::preview);
    }

    @Override
    public String notFound(String customerId) {
        return "Katana has no customer " + customerId + " (deleted customers are not synced)";
    }

    private MappingPreview preview(KatanaCustomer customer) {
        MappedCustomer mapped = new CustomerMapper(rules.rules()).map(customer);
        CustomerPlanner planner = new CustomerPlanner(code -> resilient.call(() -> luca.findCustomerByCode(code)).map(LucaAccountDirectory::listed));
        CustomerPlan plan = planner.plan(mapped, Optional.ofNullable(mappings.findByCustomerIds(List.of(customer.id())).get(customer.id())));
        Map<String, Object> payload = mapped.isValid() ? LucaPayloads.customerCreate(mapped.draft()) : null;
        return new MappingPreview(SyncType.CUSTOMER, customer.id(), null, null, mapped.code(), plan.action(), plan.lucaId(), plan.reason(),
                mapped.warnings(), plan.changedFields(), plan.action() == Action.CREATE ? LucaPayloads.createCustomerEndpoint() : null,
                payload, payload == null ? null : LucaPayloads.json(payload));
    }
}
