package io.katanaluca.sync.run;

import io.katanaluca.sync.record.Action;
import io.katanaluca.sync.product.domain.StockCardDraft;

/** A planned create or update waiting for its write to Luca. */
public record PendingWrite(long resultId, long variantId, long productId, String sku, Action action, Long skartId,
        String payloadHash, StockCardDraft draft) {
}
