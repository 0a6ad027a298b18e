package io.katanaluca.sync.customer;

import io.katanaluca.sync.customer.domain.CustomerRules;
import io.katanaluca.sync.run.SyncProperties;
import org.springframework.stereotype.Component;

/** The customer mapping rules from the settings: {@code sync.mapping.customers.*} plus the shared field limits. */
@Component
class CustomerRulesFactory {

    private final CustomerMappingProperties customers;
    private final SyncProperties sync;

    CustomerRulesFactory(CustomerMappingProperties customers, SyncProperties sync) {
        this.customers = customers;
        this.sync = sync;
    }

    CustomerRules rules() {
        return customers.toRules(sync.mapping().limits());
    }
}
