package io.katanaluca.sync.customer;

import io.katanaluca.sync.customer.domain.AccountDirectory;
import io.katanaluca.sync.customer.domain.CustomerMapper;
import io.katanaluca.sync.customer.domain.CustomerMapping;
import io.katanaluca.sync.customer.domain.CustomerPlan;
import io.katanaluca.sync.customer.domain.CustomerPlanner;
import io.katanaluca.sync.customer.domain.MappedCustomer;
import io.katanaluca.sync.katana.KatanaClient;
import io.katanaluca.sync.katana.KatanaCustomer;
import io.katanaluca.sync.katana.KatanaQuery;
import io.katanaluca.sync.luca.LucaSessionManager;
import io.katanaluca.sync.record.Action;
import io.katanaluca.sync.run.JdbcRecordResultRepository;
import io.katanaluca.sync.run.JdbcSyncRunRepository;
import io.katanaluca.sync.run.OrderlyStop;
import io.katanaluca.sync.run.PlannedOutcomes;
import io.katanaluca.sync.run.RecordResult;
import io.katanaluca.sync.run.RecordSelection;
import io.katanaluca.sync.run.RunQueries;
import io.katanaluca.sync.run.ResilientLuca;
import io.katanaluca.sync.run.StagedRecord;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncRunner;
import io.katanaluca.sync.run.SyncType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One customer run: get the session, list Luca's accounts, read Katana's customers page by page
 * while planning and staging each, fail shared account codes, link accounts Luca already held,
 * then create the new ones in parallel batches. Unchanged customers cost no Luca call.
 */
@Component
class CustomerSyncRunner implements SyncRunner {

    private static final Logger log = LoggerFactory.getLogger(CustomerSyncRunner.class);

    private final KatanaClient katana;
    private final LucaSessionManager session;
    private final ResilientLuca resilient;
    private final LucaAccountDirectory directory;
    private final JdbcCustomerMappingRepository mappings;
    private final JdbcRecordResultRepository results;
    private final JdbcSyncRunRepository runs;
    private final PlannedOutcomes plannedOutcomes;
    private final CustomerBatchWriter writer;
    private final CustomerRulesFactory rules;
    private final RunQueries queries;
    private final Clock clock;
    private final OrderlyStop stop;

    CustomerSyncRunner(KatanaClient katana, LucaSessionManager session, ResilientLuca resilient, LucaAccountDirectory directory,
            JdbcCustomerMappingRepository mappings, JdbcRecordResultRepository results, JdbcSyncRunRepository runs,
            PlannedOutcomes plannedOutcomes, CustomerBatchWriter writer, CustomerRulesFactory rules, RunQueries queries, Clock clock,
            OrderlyStop stop) {
        this.katana = katana;
        this.session = session;
        this.resilient = resilient;
        this.directory = directory;
        this.mappings = mappings;
        this.results = results;
        this.runs = runs;
        this.plannedOutcomes = plannedOutcomes;
        this.writer = writer;
        this.rules = rules;
        this.queries = queries;
        this.clock = clock;
        this.stop = stop;
    }

    @Override
    public boolean supports(SyncType type) {
        return type == SyncType.CUSTOMER;
    }

    @Override
    public SyncRun.Counters run(SyncRun run, RecordSelection selection) throws InterruptedException {
        resilient.call(session::activeSession);
        AccountDirectory accounts = directory.load();
        List<CustomerPlan> links = new ArrayList<>();
        int staged = stagePlan(run, selection, new CustomerMapper(rules.rules()), new CustomerPlanner(accounts), links);
        int colliding = results.failCollidingCodes(run.id(), CustomerSyncRunner::collisionReason);
        log.info("Planned {} customers ({} with shared account codes, {} linked to accounts Luca already held)", staged, colliding, links.size());
        plannedOutcomes.record(run);
        if (!run.dryRun()) {
            saveLinks(run, links);
            writer.writeAll(run.id());
        }
        return runs.findById(run.id()).orElseThrow().counters();
    }

    /**
     * Katana is asked for deleted customers too: one whose account we made is reported (outcome
     * NOT_DELETED; Luca offers no way to delete an account through this API), the others leave no result.
     */
    private int stagePlan(SyncRun run, RecordSelection selection, CustomerMapper mapper, CustomerPlanner planner, List<CustomerPlan> links) {
        int limit = run.limit() == null ? Integer.MAX_VALUE : run.limit();
        int[] staged = {0};
        for (KatanaQuery query : queries.forRun(run, selection, KatanaQuery.allCustomers().includingDeleted(), selection.katanaIds())) {
            katana.readCustomerPagesWhile(query, page -> {
                stop.checkNotStopping();
                List<KatanaCustomer> selected = page.stream().filter(customer -> selection.includes(customer.id())).toList();
                List<MappedCustomer> mapped = selected.stream().filter(customer -> customer.deletedAt() == null)
                        .limit(Math.max(limit - staged[0], 0)).map(mapper::map).toList();
                List<KatanaCustomer> deleted = selected.stream().filter(customer -> customer.deletedAt() != null).toList();
                Map<Long, CustomerMapping> known = mappings.findByCustomerIds(selected.stream().map(KatanaCustomer::id).toList());
                List<CustomerPlan> plans = mapped.stream()
                        .map(customer -> planner.plan(customer, Optional.ofNullable(known.get(customer.customerId())))).toList();
                List<StagedRecord> records = new ArrayList<>(plans.stream().map(CustomerSyncRunner::staged).toList());
                deleted.stream().filter(customer -> known.containsKey(customer.id()))
                        .forEach(customer -> records.add(keptAccount(customer, known.get(customer.id()))));
                results.insertStaged(run.id(), records, run.dryRun());
                plans.stream().filter(CustomerPlan::linksExisting).forEach(links::add);
                staged[0] += records.size();
                return staged[0] < limit;
            });
        }
        return staged[0];
    }

    private static StagedRecord keptAccount(KatanaCustomer customer, CustomerMapping account) {
        return new StagedRecord(customer.id(), null, null, account.code(), Action.KEEP,
                CustomerPlanner.deletedReason(customer.id(), customer.name(), customer.deletedAt(), account.code(), account.lucaId()),
                account.lucaId(), null, null, List.of());
    }

    static StagedRecord staged(CustomerPlan plan) {
        MappedCustomer customer = plan.customer();
        return new StagedRecord(customer.customerId(), null, null, customer.code(), plan.action(), plan.reason(), plan.lucaId(),
                plan.payloadHash(), customer.draft(), customer.warnings());
    }

    /** Accounts Luca already held with our data are recorded as ours, unless their code turned out to be shared. */
    private void saveLinks(SyncRun run, List<CustomerPlan> links) {
        Set<Long> failed = results.failedSelection(run.id()).katanaIds();
        mappings.saveAll(links.stream().filter(plan -> !failed.contains(plan.customer().customerId()))
                .map(plan -> new JdbcCustomerMappingRepository.Written(plan.customer().customerId(), plan.customer().code(), plan.lucaId(),
                        plan.payloadHash(), plan.customer().draft())).toList(), clock.instant());
    }

    private static String collisionReason(String code, RecordResult result, List<RecordResult> others) {
        return "Customer " + result.katanaId() + " gives account code '" + code + "', as does " + others.stream()
                .map(other -> "customer " + other.katanaId()).collect(Collectors.joining(", "))
                + "; make their reference_id unique in Katana (or set sync.mapping.customers.code-rule to ID)";
    }
}
