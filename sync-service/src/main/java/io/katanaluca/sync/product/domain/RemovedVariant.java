package io.katanaluca.sync.product.domain;

/**
 * A variant Katana deleted or archived, itself or through its product (or material).
 *
 * @param why what happened in Katana, in words a person reads in the run's results
 */
public record RemovedVariant(long productId, long variantId, String sku, String why) {
}
