package io.katanaluca.sync.product.domain;

/** What the last successful write of a Katana variant left in Luca, from the durable mapping table. */
public record ExistingMapping(long variantId, String cardCode, long skartId, String payloadHash) {
}
