package io.katanaluca.sync.product.domain;

import io.katanaluca.sync.record.Action;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides per variant whether Luca needs a create, an update or nothing. A variant whose last
 * written payload is unchanged and whose card Luca still lists costs no call at all; a card Luca
 * already holds under the same code is adopted and updated, never created a second time.
 */
public final class SyncPlanner {

    private final StockCardCache lucaCards;

    public SyncPlanner(StockCardCache lucaCards) {
        this.lucaCards = lucaCards;
    }

    public PlannedItem plan(MappedVariant variant, Optional<ExistingMapping> mapping) {
        if (!variant.isValid()) {
            return new PlannedItem(variant, Action.INVALID, null, null, variant.invalidReason());
        }
        String hash = PayloadHash.of(variant.draft());
        Optional<Long> cardInLuca = lucaCards.skartIdFor(variant.cardCode());
        if (cardInLuca.isPresent()) {
            Action action = isUnchanged(mapping, cardInLuca.get(), hash) ? Action.UNCHANGED : Action.UPDATE;
            return new PlannedItem(variant, action, cardInLuca.get(), hash, null);
        }
        if (isRenamedInKatana(mapping, variant)) {
            return new PlannedItem(variant, Action.UPDATE, mapping.get().skartId(), hash, null);
        }
        return new PlannedItem(variant, Action.CREATE, null, hash, null);
    }

    /**
     * A variant deleted or archived in Katana matters only if we wrote its card: then, by the
     * policy, the card is deleted or kept, and either way the run reports it.
     */
    public static Optional<PlannedRemoval> planRemoval(RemovedVariant removed, Optional<ExistingMapping> mapping, DeletionPolicy policy) {
        return mapping.map(card -> {
            String what = removed.why() + "; its Luca card '" + card.cardCode() + "' (skartId " + card.skartId() + ")";
            return policy == DeletionPolicy.DELETE
                    ? new PlannedRemoval(removed, card, Action.DELETE, what + " is deleted (sync.deletion.policy DELETE)")
                    : new PlannedRemoval(removed, card, Action.KEEP, what + " is kept (sync.deletion.policy REPORT);"
                            + " delete or deactivate it in Luca if it should go");
        });
    }

    private static boolean isUnchanged(Optional<ExistingMapping> mapping, long skartId, String hash) {
        return mapping.filter(m -> m.skartId() == skartId && m.payloadHash().equals(hash)).isPresent();
    }

    /** The variant's SKU changed since its card was written: the card is renamed, not duplicated. */
    private static boolean isRenamedInKatana(Optional<ExistingMapping> mapping, MappedVariant variant) {
        return mapping.filter(m -> !Objects.equals(m.cardCode(), variant.cardCode())).isPresent();
    }
}
