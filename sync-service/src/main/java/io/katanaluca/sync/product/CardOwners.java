package io.katanaluca.sync.product;

import java.util.Optional;

/** Who holds a Luca card now, by the mapping table: asked before a card is deleted. */
@FunctionalInterface
interface CardOwners {

    /** Another variant whose mapping holds the card, if any. */
    Optional<Long> otherVariantWithCard(long skartId, long variantId);
}
