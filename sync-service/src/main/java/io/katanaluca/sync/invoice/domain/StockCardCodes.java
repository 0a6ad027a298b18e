package io.katanaluca.sync.invoice.domain;

import java.util.Optional;

/** The Luca stock card code ({@code kartKodu}) of a Katana variant; empty for a deleted or never synced variant. */
@FunctionalInterface
public interface StockCardCodes {

    Optional<String> kartKoduOf(long variantId);
}
