package io.katanaluca.sync.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.cache.CaffeineStockCardCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class MeteredStockCardCacheTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MeteredStockCardCache cache = new MeteredStockCardCache(new CaffeineStockCardCache(), registry);

    @Test
    void shouldCountHitsAndMissesAndShowTheSize() {
        cache.replaceAll(Map.of("TR-1", 79409L, "TR-2", 79410L));

        assertThat(cache.skartIdFor("TR-1")).contains(79409L);
        assertThat(cache.skartIdFor("TR-2")).contains(79410L);
        assertThat(cache.skartIdFor("TR-3")).isEmpty();

        assertThat(registry.get("cache.gets").tags("cache", "stockCards", "result", "hit").counter().count()).isEqualTo(2);
        assertThat(registry.get("cache.gets").tags("cache", "stockCards", "result", "miss").counter().count()).isEqualTo(1);
        assertThat(registry.get("cache.size").tag("cache", "stockCards").gauge().value()).isEqualTo(2);
    }

    @Test
    void shouldWrapWhicheverStockCardCacheTheServiceHasButNothingElse() {
        MeterRegistry ownRegistry = new SimpleMeterRegistry();
        StockCardCacheMetrics wrapper = new StockCardCacheMetrics(
                new StaticListableBeanFactory(Map.of("registry", ownRegistry)).getBeanProvider(MeterRegistry.class));

        assertThat(wrapper.postProcessAfterInitialization(new CaffeineStockCardCache(), "cache")).isInstanceOf(MeteredStockCardCache.class);
        assertThat(wrapper.postProcessAfterInitialization("not a cache", "other")).isEqualTo("not a cache");
    }
}
