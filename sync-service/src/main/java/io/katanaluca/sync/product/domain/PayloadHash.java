package io.katanaluca.sync.product.domain;

import io.katanaluca.sync.record.Sha256;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A stable fingerprint of what a draft would write to Luca. The start date is left out: it is
 * set once when the card is created, and a new day must not look like a change. Prices are
 * compared by value, so "40" and "40.0000000000" from Katana are the same price. A card that is
 * not sellable adds a marker; a sellable one hashes as before that flag existed, so an upgrade
 * does not make every card look changed.
 */
public final class PayloadHash {

    private PayloadHash() {
    }

    public static String of(StockCardDraft draft) {
        String canonical = String.join("\u001f", Stream.of(draft.kartKodu(), draft.kartAdi(), draft.kartTuru(),
                draft.barkod(), draft.olcumBirimiId(), draft.kategoriAgacKod(), plain(draft.kdvOran()),
                plain(draft.alisFiyat()), plain(draft.satisFiyat())).map(value -> Objects.toString(value, "∅")).toList());
        return sha256(draft.sellable() ? canonical : canonical + "\u001fnot-sellable");
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    public static String sha256(String text) {
        return Sha256.of(text);
    }
}
