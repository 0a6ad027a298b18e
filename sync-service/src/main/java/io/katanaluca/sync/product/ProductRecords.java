package io.katanaluca.sync.product;

import io.katanaluca.sync.katana.KatanaClient;
import io.katanaluca.sync.katana.KatanaPage;
import io.katanaluca.sync.katana.KatanaQuery;
import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.product.domain.DeletionPolicy;
import io.katanaluca.sync.product.domain.ExistingMapping;
import io.katanaluca.sync.product.domain.MappedVariant;
import io.katanaluca.sync.product.domain.PlannedItem;
import io.katanaluca.sync.product.domain.PlannedRemoval;
import io.katanaluca.sync.product.domain.RemovedVariant;
import io.katanaluca.sync.product.domain.StockCardCache;
import io.katanaluca.sync.product.domain.StockCardDraft;
import io.katanaluca.sync.product.domain.StockCardMapper;
import io.katanaluca.sync.product.domain.SyncPlanner;
import io.katanaluca.sync.run.JdbcRecordResultRepository;
import io.katanaluca.sync.run.JdbcRecordResultRepository.Completion;
import io.katanaluca.sync.run.PendingRecord;
import io.katanaluca.sync.run.RecordOutcome;
import io.katanaluca.sync.run.RecordResult;
import io.katanaluca.sync.run.RecordSelection;
import io.katanaluca.sync.run.RecordType;
import io.katanaluca.sync.run.ResilientLuca;
import io.katanaluca.sync.run.RunStage;
import io.katanaluca.sync.run.StagedRecord;
import io.katanaluca.sync.run.SyncProperties;
import io.katanaluca.sync.run.SyncRun;
import io.katanaluca.sync.run.SyncType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Products and materials as a record type, the seed's {@code ProcessStockCardsAsync}: warm the
 * card cache, read Katana page by page while planning and staging every variant (deleted and
 * archived ones too), fail colliding codes and keep the cards of removed variants another
 * variant now has; the engine hands the creates, updates and deletes out as batch jobs.
 */
@Component
class ProductRecords implements RecordType {

    private static final Logger log = LoggerFactory.getLogger(ProductRecords.class);

    private final KatanaClient katana;
    private final LucaClient luca;
    private final ResilientLuca resilient;
    private final StockCardWarmUp warmUp;
    private final StockCardCache cache;
    private final JdbcStockCardMappingRepository mappings;
    private final JdbcRecordResultRepository results;
    private final StockCardWriter writer;
    private final StockCardMappingProperties rules;
    private final SyncProperties properties;
    private final DeletionPolicy deletionPolicy;
    private final JsonMapper json;
    private final Clock clock;

    ProductRecords(KatanaClient katana, LucaClient luca, ResilientLuca resilient, StockCardWarmUp warmUp, StockCardCache cache,
            JdbcStockCardMappingRepository mappings, JdbcRecordResultRepository results, StockCardWriter writer, StockCardMappingProperties rules,
            SyncProperties properties, DeletionProperties deletion, JsonMapper json, Clock clock) {
        this.katana = katana;
        this.luca = luca;
        this.resilient = resilient;
        this.warmUp = warmUp;
        this.cache = cache;
        this.mappings = mappings;
        this.results = results;
        this.writer = writer;
        this.rules = rules;
        this.properties = properties;
        this.deletionPolicy = deletion.policy();
        this.json = json;
        this.clock = clock;
    }

    @Override
    public boolean supports(SyncType type) {
        return type == SyncType.PRODUCT || type == SyncType.MATERIAL;
    }

    @Override
    public Review plan(SyncRun run, RecordSelection selection, RunStage stage) {
        warmUp.warm();
        StockCardMapper mapper = new StockCardMapper(rules.toRules(run.syncType(), properties.mapping().limits()),
                LucaUnits.load(luca, resilient), LocalDate.now(clock.withZone(properties.timeZone())));
        stagePlan(run, selection, stage, mapper, new SyncPlanner(cache));
        return () -> {
            int colliding = results.failCollidingCodes(run.id(), ProductRecords::collisionReason);
            int spared = results.spareCardsClaimedInRun(run.id());
            log.info("Planned {} records ({} with colliding card codes, {} cards of removed variants kept as live ones have their codes)",
                    stage.staged(), colliding, spared);
        };
    }

    @Override
    public Completion write(PendingRecord pending) {
        return writer.write(pending, pending.payloadJson() == null ? null : json.readValue(pending.payloadJson(), StockCardDraft.class));
    }

    /** The cards created or updated are recorded as the variants'; those deleted are forgotten. */
    @Override
    public void remember(List<Written> written, Instant now) {
        mappings.saveAll(written.stream().filter(w -> w.outcome() == RecordOutcome.CREATED || w.outcome() == RecordOutcome.UPDATED)
                .map(w -> mapping(w.pending(), w.completion())).toList(), now);
        mappings.deleteAll(written.stream().filter(w -> w.outcome() == RecordOutcome.DELETED).map(w -> w.pending().katanaId()).toList());
    }

    private JdbcStockCardMappingRepository.Written mapping(PendingRecord pending, Completion done) {
        StockCardDraft draft = json.readValue(pending.payloadJson(), StockCardDraft.class);
        return new JdbcStockCardMappingRepository.Written(pending.katanaId(), pending.katanaParentId(), pending.sku(), draft.kartKodu(),
                done.lucaId(), pending.payloadHash());
    }

    /**
     * Katana is asked for deleted and archived records too, so that a variant removed after its
     * card was written is noticed (and its card kept or deleted by the deletion policy); removed
     * variants that never reached Luca are of no concern and leave no result.
     */
    private void stagePlan(SyncRun run, RecordSelection selection, RunStage stage, StockCardMapper mapper, SyncPlanner planner) {
        KatanaQuery all = (run.syncType() == SyncType.MATERIAL ? KatanaQuery.allMaterials() : KatanaQuery.allProducts())
                .includingArchived().includingDeleted();
        for (KatanaQuery query : stage.queries(all, RecordSelection::parentIds)) {
            katana.readPagesWhile(query, page -> {
                stage.beforePage();
                List<MappedVariant> variants = variantsWithin(page, selection, mapper, stage.room());
                List<RemovedVariant> removed = removedWithin(page, selection);
                Map<Long, ExistingMapping> known = mappings.findByVariantIds(Stream.concat(variants.stream().map(MappedVariant::variantId),
                        removed.stream().map(RemovedVariant::variantId)).toList());
                List<StagedRecord> records = new ArrayList<>(planWithWarmCache(variants, known, planner).stream()
                        .map(ProductRecords::staged).toList());
                records.addAll(planRemovals(removed, known));
                return stage.stage(records);
            });
        }
    }

    private static StagedRecord staged(PlannedItem item) {
        MappedVariant variant = item.variant();
        return new StagedRecord(variant.variantId(), variant.productId(), variant.rawSku(), variant.cardCode(), item.action(),
                item.reason(), item.skartId(), item.payloadHash(), variant.draft(), variant.warnings());
    }

    private List<StagedRecord> planRemovals(List<RemovedVariant> removed, Map<Long, ExistingMapping> known) {
        return removed.stream()
                .flatMap(variant -> SyncPlanner.planRemoval(variant, Optional.ofNullable(known.get(variant.variantId())), deletionPolicy).stream())
                .map(ProductRecords::staged).toList();
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
                .filter(variant -> selection.includes(variant.variantId())).limit(room).toList();
    }

    private static String collisionReason(String code, RecordResult result, List<RecordResult> others) {
        return "SKU '" + result.sku() + "' of variant " + result.katanaId() + " of product " + result.katanaParentId()
                + " gives card code '" + code + "', as does " + others.stream()
                        .map(other -> "variant " + other.katanaId() + " of product " + other.katanaParentId() + " (SKU '" + other.sku() + "')")
                        .collect(Collectors.joining(", ")) + "; make the SKUs unique in Katana";
    }
}
