package io.katanaluca.sync.customer;

import io.katanaluca.sync.customer.domain.AccountDirectory;
import io.katanaluca.sync.customer.domain.CustomerDraft;
import io.katanaluca.sync.customer.domain.CustomerMapper;
import io.katanaluca.sync.customer.domain.CustomerMapping;
import io.katanaluca.sync.customer.domain.CustomerPlan;
import io.katanaluca.sync.customer.domain.CustomerPlanner;
import io.katanaluca.sync.customer.domain.MappedCustomer;
import io.katanaluca.sync.katana.KatanaClient;
import io.katanaluca.sync.katana.KatanaCustomer;
import io.katanaluca.sync.katana.KatanaQuery;
import io.katanaluca.sync.record.Action;
import io.katanaluca.sync.run.JdbcRecordResultRepository;
import io.katanaluca.sync.run.JdbcRecordResultRepository.Completion;
import io.katanaluca.sync.run.PendingRecord;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.RecordResult;
import io.katanaluca.sync.run.RecordSelection;
import io.katanaluca.sync.run.RecordType;
import io.katanaluca.sync.run.RunStage;
import io.katanaluca.sync.run.StagedRecord;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Customers as a record type: list Luca's accounts, read Katana's customers page by page while
 * planning and staging each (deleted ones too), fail shared account codes and, on a real run,
 * record the accounts Luca already held with our data as ours; the engine hands the creates out
 * as batch jobs.
 */
@Component
class CustomerRecords implements RecordType {

    private static final Logger log = LoggerFactory.getLogger(CustomerRecords.class);

    private final KatanaClient katana;
    private final LucaAccountDirectory directory;
    private final JdbcCustomerMappingRepository mappings;
    private final JdbcRecordResultRepository results;
    private final CustomerWriter writer;
    private final CustomerRulesFactory rules;
    private final JsonMapper json;
    private final Clock clock;

    CustomerRecords(KatanaClient katana, LucaAccountDirectory directory, JdbcCustomerMappingRepository mappings,
            JdbcRecordResultRepository results, CustomerWriter writer, CustomerRulesFactory rules, JsonMapper json, Clock clock) {
        this.katana = katana;
        this.directory = directory;
        this.mappings = mappings;
        this.results = results;
        this.writer = writer;
        this.rules = rules;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public boolean supports(SyncType type) {
        return type == SyncType.CUSTOMER;
    }

    @Override
    public Review plan(SyncRun run, RecordSelection selection, RunStage stage) {
        AccountDirectory accounts = directory.load();
        List<CustomerPlan> links = new ArrayList<>();
        stagePlan(selection, stage, new CustomerMapper(rules.rules()), new CustomerPlanner(accounts), links);
        return new Review() {
            @Override
            public void review() {
                int colliding = results.failCollidingCodes(run.id(), CustomerRecords::collisionReason);
                log.info("Planned {} customers ({} with shared account codes, {} linked to accounts Luca already held)", stage.staged(),
                        colliding, links.size());
            }

            @Override
            public void beforeWriting() {
                saveLinks(run, links);
            }
        };
    }

    @Override
    public Completion write(PendingRecord pending) {
        return writer.write(pending, draft(pending));
    }

    /** An account created, or found in Luca as it would have been written (linked), is recorded as the customer's. */
    @Override
    public void remember(List<Written> written, Instant now) {
        mappings.saveAll(written.stream().filter(w -> w.outcome() == RecordOutcome.CREATED || w.outcome() == RecordOutcome.UNCHANGED)
                .map(w -> new JdbcCustomerMappingRepository.Written(w.pending().katanaId(), draft(w.pending()).kartKod(),
                        w.completion().lucaId(), w.pending().payloadHash(), draft(w.pending()))).toList(), now);
    }

    private CustomerDraft draft(PendingRecord pending) {
        return json.readValue(pending.payloadJson(), CustomerDraft.class);
    }

    /**
     * Katana is asked for deleted customers too: one whose account we made is reported (outcome
     * NOT_DELETED; Luca offers no way to delete an account through this API), the others leave no result.
     */
    private void stagePlan(RecordSelection selection, RunStage stage, CustomerMapper mapper, CustomerPlanner planner, List<CustomerPlan> links) {
        for (KatanaQuery query : stage.queries(KatanaQuery.allCustomers().includingDeleted(), RecordSelection::katanaIds)) {
            katana.readCustomerPagesWhile(query, page -> {
                stage.beforePage();
                List<KatanaCustomer> selected = page.stream().filter(customer -> selection.includes(customer.id())).toList();
                List<MappedCustomer> mapped = selected.stream().filter(customer -> customer.deletedAt() == null)
                        .limit(stage.room()).map(mapper::map).toList();
                List<KatanaCustomer> deleted = selected.stream().filter(customer -> customer.deletedAt() != null).toList();
                Map<Long, CustomerMapping> known = mappings.findByCustomerIds(selected.stream().map(KatanaCustomer::id).toList());
                List<CustomerPlan> plans = mapped.stream()
                        .map(customer -> planner.plan(customer, Optional.ofNullable(known.get(customer.customerId())))).toList();
                List<StagedRecord> records = new ArrayList<>(plans.stream().map(CustomerRecords::staged).toList());
                deleted.stream().filter(customer -> known.containsKey(customer.id()))
                        .forEach(customer -> records.add(keptAccount(customer, known.get(customer.id()))));
                plans.stream().filter(CustomerPlan::linksExisting).forEach(links::add);
                return stage.stage(records);
            });
        }
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
