package io.katanaluca.sync.run;

import io.katanaluca.sync.katana.KatanaClient;
import io.katanaluca.sync.katana.KatanaPage;
import io.katanaluca.sync.katana.KatanaQuery;
import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.luca.LucaSessionManager;
import io.katanaluca.sync.product.domain.DeletionPolicy;
import io.katanaluca.sync.product.domain.ExistingMapping;
import io.katanaluca.sync.product.domain.MappedVariant;
import io.katanaluca.sync.product.domain.MappingRules;
import io.katanaluca.sync.product.domain.PlannedItem;
import io.katanaluca.sync.product.domain.PlannedRemoval;
import io.katanaluca.sync.product.domain.RemovedVariant;
import io.katanaluca.sync.product.domain.StockCardCache;
import io.katanaluca.sync.product.domain.StockCardMapper;
import io.katanaluca.sync.product.domain.SyncPlanner;
import io.katanaluca.sync.product.domain.UnitCatalogue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One product or material run, the seed's {@code ProcessStockCardsAsync}: get the session, warm
 * the cache, read Katana page by page while planning and staging every variant, fail colliding
 * codes, then hand the creates and updates out as batch jobs for the workers of every node.
 * Unchanged variants cost no Luca call. Planning stops at the next page when the service stops.
 */
@Component
class ProductSyncRunner implements SyncRunner {

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
    private final PlannedOutcomes plannedOutcomes;
    private final SyncProperties properties;
    private final RunQueries queries;
    private final DeletionPolicy deletionPolicy;
    private final Clock clock;
    private final OrderlyStop stop;

    ProductSyncRunner(KatanaClient katana, LucaClient luca, LucaSessionManager session, ResilientLuca resilient,
            StockCardWarmUp warmUp, StockCardCache cache, JdbcStockCardMappingRepository mappings, JdbcRecordResultRepository results,
            JdbcSyncRunRepository runs, BatchFanOut batches, PlannedOutcomes plannedOutcomes, SyncProperties properties,
            RunQueries queries, DeletionProperties deletion, Clock clock, OrderlyStop stop) {
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
        this.plannedOutcomes = plannedOutcomes;
        this.properties = properties;
        this.queries = queries;
        this.deletionPolicy = deletion.policy();
        this.clock = clock;
        this.stop = stop;
    }

    @Override
    public boolean supports(SyncType type) {
        return type == SyncType.PRODUCT || type == SyncType.MATERIAL;
    }

    /** Plans the run and hands its writes out as batch jobs; returns the counters so far (the batches add theirs). */
    @Override
    public SyncRun.Counters run(SyncRun run, RecordSelection selection) throws InterruptedException {
        resilient.call(session::activeSession);
        warmUp.warm();
        StockCardMapper mapper = new StockCardMapper(rulesFor(run.syncType()), lucaUnits(), LocalDate.now(clock.withZone(properties.timeZone())));
        int staged = stagePlan(run, selection, mapper, new SyncPlanner(cache));
        int colliding = results.failCollidingCodes(run.id());
        int spared = results.spareCardsClaimedInRun(run.id());
        log.info("Planned {} records ({} with colliding card codes, {} cards of removed variants kept as live ones have their codes)",
                staged, colliding, spared);
        plannedOutcomes.record(run);
        if (!run.dryRun()) {
            batches.fanOut(run.id());
        }
        return runs.findById(run.id()).orElseThrow().counters();
    }

    private MappingRules rulesFor(SyncType type) {
        return type == SyncType.MATERIAL ? properties.mapping().toMaterialRules() : properties.mapping().toRules();
    }

    private UnitCatalogue lucaUnits() {
        return LucaUnits.load(luca, resilient);
    }

    /**
     * Katana is asked for deleted and archived records too, so that a variant removed after its
     * card was written is noticed (and its card kept or deleted by the deletion policy); removed
     * variants that never reached Luca are of no concern and leave no result.
     */
    private int stagePlan(SyncRun run, RecordSelection selection, StockCardMapper mapper, SyncPlanner planner) {
        int limit = run.limit() == null ? Integer.MAX_VALUE : run.limit();
        int[] staged = {0};
        KatanaQuery all = (run.syncType() == SyncType.MATERIAL ? KatanaQuery.allMaterials() : KatanaQuery.allProducts())
                .includingArchived().includingDeleted();
        for (KatanaQuery query : queries.forRun(run, selection, all, selection.parentIds())) {
            katana.readPagesWhile(query, page -> {
                stop.checkNotStopping();
                List<MappedVariant> variants = variantsWithin(page, selection, mapper, limit - staged[0]);
                List<RemovedVariant> removed = removedWithin(page, selection);
                Map<Long, ExistingMapping> known = mappings.findByVariantIds(Stream.concat(variants.stream().map(MappedVariant::variantId),
                        removed.stream().map(RemovedVariant::variantId)).toList());
                List<PlannedItem> plan = planWithWarmCache(variants, known, planner);
                List<StagedRecord> removals = planRemovals(removed, known);
                results.insertPlanned(run.id(), plan, run.dryRun());
                results.insertStaged(run.id(), removals, run.dryRun());
                staged[0] += plan.size() + removals.size();
                return staged[0] < limit;
            });
        }
        return staged[0];
    }

    private List<StagedRecord> planRemovals(List<RemovedVariant> removed, Map<Long, ExistingMapping> known) {
        return removed.stream()
                .flatMap(variant -> SyncPlanner.planRemoval(variant, Optional.ofNullable(known.get(variant.variantId())), deletionPolicy).stream())
                .map(ProductSyncRunner::staged).toList();
    }

    private static StagedRecord staged(PlannedRemoval removal) {
        RemovedVariant variant = removal.removed();
        return new StagedRecord(variant.variantId(), variant.productId(), variant.sku(), removal.card().cardCode(), removal.action(),
                removal.reason(), removal.card().skartId(), null, null, List.of());
    }

    private static List<RemovedVariant> removedWithin(KatanaPage page, RecordSelection selection) {
        return page.items().stream().flatMap(product -> StockCardMapper.removed(product).stream())
                .filter(variant -> selection.includes(variant.variantId())).toList();
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

    private static List<MappedVariant> variantsWithin(KatanaPage page, RecordSelection selection, StockCardMapper mapper, int room) {
        return page.items().stream().flatMap(product -> mapper.map(product).stream())
                .filter(variant -> selection.includes(variant.variantId())).limit(Math.max(room, 0)).toList();
    }
}
