package io.katanaluca.sync.customer.domain;

/**
 * What the last successful write of a Katana customer left in Luca, from the durable mapping
 * table: the account code, Luca's {@code finansalNesneId}, and the payload with its hash.
 */
public record CustomerMapping(long customerId, String code, long lucaId, String payloadHash, CustomerDraft payload) {
}
