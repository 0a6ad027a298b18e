package io.katanaluca.sync.customer;

import io.katanaluca.sync.customer.domain.AccountDirectory;
import io.katanaluca.sync.customer.domain.ListedAccount;
import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.luca.LucaCustomer;
import io.katanaluca.sync.run.LucaListings;
import io.katanaluca.sync.run.ResilientLuca;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lists Luca's customer accounts at the start of a run. An empty listing while accounts were
 * written before is a broken listing, not an empty Luca: reading it as empty would create every
 * account a second time.
 */
@Component
class LucaAccountDirectory {

    private static final Logger log = LoggerFactory.getLogger(LucaAccountDirectory.class);

    private final LucaClient luca;
    private final ResilientLuca resilient;
    private final JdbcCustomerMappingRepository mappings;

    LucaAccountDirectory(LucaClient luca, ResilientLuca resilient, JdbcCustomerMappingRepository mappings) {
        this.luca = luca;
        this.resilient = resilient;
        this.mappings = mappings;
    }

    AccountDirectory load() {
        List<LucaCustomer> accounts = LucaListings.trusted(resilient.call(luca::listCustomers), mappings.count(), "customer accounts");
        Map<String, ListedAccount> byCode = new HashMap<>(accounts.size() * 2);
        accounts.forEach(account -> byCode.putIfAbsent(account.kod(), listed(account)));
        log.info("Listed {} Luca customer accounts", byCode.size());
        return code -> Optional.ofNullable(byCode.get(code));
    }

    static ListedAccount listed(LucaCustomer account) {
        return new ListedAccount(account.finansalNesneId(), account.kod(), account.fields());
    }
}
