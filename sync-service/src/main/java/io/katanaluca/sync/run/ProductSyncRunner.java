package io.katanaluca.sync.run;

import io.katanaluca.sync.katana.KatanaClient;
import io.katanaluca.sync.katana.KatanaPage;
import io.katanaluca.sync.katana.KatanaQuery;
import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.luca.LucaSessionManager;
import io.katanaluca.sync.product.ExistingMapping;
import io.katanaluca.sync.product.MappedVariant;
import io.katanaluca.sync.product.MappingRules;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One product or material run, the seed's {@code ProcessStockCardsAsync}: get the session, warm
 * the cache, read Katana page by page while planning and staging every variant, fail colliding
 * codes, then write the creates and updates in parallel batches. Unchanged variants cost no Luca call.
 */
@Component
class ProductSyncRunner implements SyncRunner {

    /** Ids per Katana request when only some products are read (a retry): keeps the URL short. */

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
    private final ParallelBatchWriter writer;
    private final PlannedOutcomes plannedOutcomes;
    private final SyncProperties properties;
    private final RunQueries queries;
    private final Clock clock;

    ProductSyncRunner(KatanaClient katana, LucaClient luca, LucaSessionManager session, ResilientLuca resilient,
            StockCardWarmUp warmUp, StockCardCache cache, JdbcStockCardMappingRepository mappings, JdbcRecordResultRepository results,
            JdbcSyncRunRepository runs, ParallelBatchWriter writer, PlannedOutcomes plannedOutcomes, SyncProperties properties,
            RunQueries queries, Clock clock) {
        this.katana = katana;
        this.luca = luca;
        this.session = session;
        this.resilient = resilient;
        this.warmUp = warmUp;
        this.cache = cache;
        this.mappings = mappings;
        this.results = results;
        this.runs = runs;
        this.writer = writer;
        this.plannedOutcomes = plannedOutcomes;
        this.properties = properties;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public boolean supports(SyncType type) {
        return type == SyncType.PRODUCT || type == SyncType.MATERIAL;
    }

    @Override
    public SyncRun.Counters run(SyncRun run, RecordSelection selection) throws InterruptedException {
        resilient.call(session::activeSession);
        warmUp.warm();
        StockCardMapper mapper = new StockCardMapper(rulesFor(run.syncType()), lucaUnits(), LocalDate.now(clock.withZone(properties.timeZone())));
        int staged = stagePlan(run, selection, mapper, new SyncPlanner(cache));
        int colliding = results.failCollidingCodes(run.id());
        log.info("Planned {} records ({} with colliding card codes)", staged, colliding);
        plannedOutcomes.record(run);
        if (!run.dryRun()) {
            writer.writeAll(run.id());
        }
        return runs.findById(run.id()).orElseThrow().counters();
    }

    private MappingRules rulesFor(SyncType type) {
        return type == SyncType.MATERIAL ? properties.mapping().toMaterialRules() : properties.mapping().toRules();
    }

    private UnitCatalogue lucaUnits() {
        return LucaUnits.load(luca, resilient);
    }

    private int stagePlan(SyncRun run, RecordSelection selection, StockCardMapper mapper, SyncPlanner planner) {
        int limit = run.limit() == null ? Integer.MAX_VALUE : run.limit();
        int[] staged = {0};
        KatanaQuery all = run.syncType() == SyncType.MATERIAL ? KatanaQuery.allMaterials() : KatanaQuery.allProducts();
        for (KatanaQuery query : queries.forRun(run, selection, all, selection.parentIds())) {
            katana.readPagesWhile(query, page -> {
                List<MappedVariant> variants = variantsWithin(page, selection, mapper, limit - staged[0]);
                Map<Long, ExistingMapping> known = mappings.findByVariantIds(variants.stream().map(MappedVariant::variantId).toList());
                List<PlannedItem> plan = variants.stream()
                        .map(variant -> planner.plan(variant, Optional.ofNullable(known.get(variant.variantId())))).toList();
                results.insertPlanned(run.id(), plan, run.dryRun());
                staged[0] += plan.size();
                return staged[0] < limit;
            });
        }
        return staged[0];
    }

    private static List<MappedVariant> variantsWithin(KatanaPage page, RecordSelection selection, StockCardMapper mapper, int room) {
        return page.items().stream().flatMap(product -> mapper.map(product).stream())
                .filter(variant -> selection.includes(variant.variantId())).limit(Math.max(room, 0)).toList();
    }
}
