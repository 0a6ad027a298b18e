package io.katanaluca.sync.product.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every stock card cache does, in-process or shared: run against each implementation. */
public abstract class StockCardCacheContract {

    /** A new, empty cache. */
    protected abstract StockCardCache newCache();

    /** A second view of the same storage, as another node would have. */
    protected abstract StockCardCache sameStorageAs(StockCardCache cache);

    @Test
    void shouldFindWhatWasPutAndMissWhatWasNot() {
        StockCardCache cache = newCache();

        cache.put("TR-000001-1", 79409L);

        assertThat(cache.skartIdFor("TR-000001-1")).contains(79409L);
        assertThat(cache.skartIdFor("TR-000001-2")).isEmpty();
    }

    @Test
    void shouldKeepTurkishCodesApart() {
        StockCardCache cache = newCache();

        cache.put("ÇELİK-Ø35", 1L);
        cache.put("CELIK-O35", 2L);

        assertThat(cache.skartIdFor("ÇELİK-Ø35")).contains(1L);
        assertThat(cache.skartIdFor("CELIK-O35")).contains(2L);
    }

    @Test
    void shouldReplaceEverythingWithAFreshListing() {
        StockCardCache cache = newCache();
        cache.put("OLD", 1L);
        Map<String, Long> listing = new HashMap<>();
        for (int i = 0; i < 2500; i++) {
            listing.put("TR-" + i, 80000L + i);
        }

        cache.replaceAll(listing);

        assertThat(cache.skartIdFor("OLD")).isEmpty();
        assertThat(cache.skartIdFor("TR-2499")).contains(82499L);
        assertThat(cache.size()).isEqualTo(2500);
        assertThat(cache.isWarm()).isTrue();
    }

    @Test
    void shouldBeEmptyAfterAnEmptyListing() {
        StockCardCache cache = newCache();
        cache.put("OLD", 1L);

        cache.replaceAll(Map.of());

        assertThat(cache.size()).isZero();
        assertThat(cache.skartIdFor("OLD")).isEmpty();
        assertThat(cache.isWarm()).isTrue();
    }

    @Test
    void shouldShowWhatOneNodePutToAnother() {
        StockCardCache first = newCache();
        StockCardCache second = sameStorageAs(first);

        first.put("TR-7", 7L);
        second.replaceAll(Map.of("TR-8", 8L));

        assertThat(second.skartIdFor("TR-7")).isEmpty();
        assertThat(first.skartIdFor("TR-8")).contains(8L);
    }
}
