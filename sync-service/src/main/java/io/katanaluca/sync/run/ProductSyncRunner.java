package io.katanaluca.sync.run;

import io.katanaluca.sync.katana.KatanaClient;
import io.katanaluca.sync.katana.KatanaPage;
import io.katanaluca.sync.katana.KatanaQuery;
import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.luca.LucaSessionManager;
import io.katanaluca.sync.luca.LucaUnit;
import io.katanaluca.sync.product.ExistingMapping;
import io.katanaluca.sync.product.MappedVariant;
import io.katanaluca.sync.product.PlannedItem;
import io.katanaluca.sync.product.StockCardCache;
import io.katanaluca.sync.product.StockCardMapper;
import io.katanaluca.sync.product.SyncPlanner;
import io.katanaluca.sync.product.UnitCatalogue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One product run, the seed's {@code ProcessStockCardsAsync}: get the session, warm the cache,
 * read Katana page by page while planning and staging every variant, fail colliding codes, then
 * hand the creates and updates out as batch jobs for the workers of every node. Unchanged variants
 * cost no Luca call.
 */
@Component
class ProductSyncRunner {

    private static final Logger log = LoggerFactory.getLogger(ProductSyncRunner.class);

    private final KatanaClient katana;
    private final LucaClient luca;
    private final LucaSessionManager session;
    private final ResilientLuca resilient;
    private final StockCardWarmUp warmUp;
    private final StockCardCache cache;
    private final JdbcStockCardMappingRepository mappings;
    private final JdbcRecordResultRepository results;
    private final JdbcSyncRunRepository runs;
    private final BatchFanOut batches;
    private final SyncProperties properties;
    private final Clock clock;

    ProductSyncRunner(KatanaClient katana, LucaClient luca, LucaSessionManager session, ResilientLuca resilient,
            StockCardWarmUp warmUp, StockCardCache cache, JdbcStockCardMappingRepository mappings, JdbcRecordResultRepository results,
            JdbcSyncRunRepository runs, BatchFanOut batches, SyncProperties properties, Clock clock) {
        this.katana = katana;
        this.luca = luca;
        this.session = session;
        this.resilient = resilient;
        this.warmUp = warmUp;
        this.cache = cache;
        this.mappings = mappings;
        this.results = results;
        this.runs = runs;
        this.batches = batches;
        this.properties = properties;
        this.clock = clock;
    }

    /** Plans the run and hands its writes out; returns the counters so far (the batches add theirs as they finish). */
    SyncRun.Counters run(SyncRun run) throws InterruptedException {
        resilient.call(session::activeSession);
        warmUp.warm();
        StockCardMapper mapper = new StockCardMapper(properties.mapping().toRules(), lucaUnits(), LocalDate.now(clock.withZone(properties.timeZone())));
        int staged = stagePlan(run, mapper, new SyncPlanner(cache));
        int colliding = results.failCollidingCodes(run.id());
        log.info("Planned {} records ({} with colliding card codes)", staged, colliding);
        recordPlannedOutcomes(run);
        if (!run.dryRun()) {
            batches.fanOut(run.id());
        }
        return runs.findById(run.id()).orElseThrow().counters();
    }

    private UnitCatalogue lucaUnits() {
        List<LucaUnit> units = resilient.call(luca::listUnits);
        return new UnitCatalogue(units.stream().collect(Collectors.toMap(LucaUnit::kod, LucaUnit::id, (first, second) -> first)));
    }

    private int stagePlan(SyncRun run, StockCardMapper mapper, SyncPlanner planner) {
        int limit = run.limit() == null ? Integer.MAX_VALUE : run.limit();
        int[] staged = {0};
        katana.readPagesWhile(KatanaQuery.allProducts(), page -> {
            List<MappedVariant> variants = variantsWithin(page, mapper, limit - staged[0]);
            Map<Long, ExistingMapping> known = mappings.findByVariantIds(variants.stream().map(MappedVariant::variantId).toList());
            List<PlannedItem> plan = planWithWarmCache(variants, known, planner);
            results.insertPlanned(run.id(), plan, run.dryRun());
            staged[0] += plan.size();
            return staged[0] < limit;
        });
        return staged[0];
    }

    /**
     * A shared cache that lost Luca's listing while the page was planned (Redis flushed, or its
     * time to live ran out) would make known cards look new: it is warmed again and the page
     * planned again, so a flush costs a listing, never an outcome.
     */
    private List<PlannedItem> planWithWarmCache(List<MappedVariant> variants, Map<Long, ExistingMapping> known, SyncPlanner planner) {
        List<PlannedItem> plan = plan(variants, known, planner);
        for (int rewarmed = 0; !cache.isWarm() && rewarmed < 3; rewarmed++) {
            log.info("The stock card cache lost Luca's listing during the run; listing Luca again");
            warmUp.warm();
            plan = plan(variants, known, planner);
        }
        return plan;
    }

    private static List<PlannedItem> plan(List<MappedVariant> variants, Map<Long, ExistingMapping> known, SyncPlanner planner) {
        return variants.stream().map(variant -> planner.plan(variant, Optional.ofNullable(known.get(variant.variantId())))).toList();
    }

    private static List<MappedVariant> variantsWithin(KatanaPage page, StockCardMapper mapper, int room) {
        return page.items().stream().flatMap(product -> mapper.map(product).stream()).limit(Math.max(room, 0)).toList();
    }

    /** Invalid and unchanged records are finished as soon as they are planned; a dry run finishes everything here. */
    private void recordPlannedOutcomes(SyncRun run) {
        Map<RecordOutcome, Integer> outcomes = results.countOutcomes(run.id());
        int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        runs.setTotal(run.id(), total);
        int failed = outcomes.getOrDefault(RecordOutcome.FAILED, 0);
        int unchanged = outcomes.getOrDefault(RecordOutcome.UNCHANGED, 0);
        if (run.dryRun()) {
            Map<PlannedItem.Action, Integer> actions = results.countActions(run.id());
            int creates = actions.getOrDefault(PlannedItem.Action.CREATE, 0);
            int updates = actions.getOrDefault(PlannedItem.Action.UPDATE, 0);
            runs.add(run.id(), new SyncRun.Counters(0, total, total - failed, failed, creates, updates, unchanged));
        } else {
            runs.add(run.id(), new SyncRun.Counters(0, failed + unchanged, unchanged, failed, 0, 0, unchanged));
        }
    }
}
