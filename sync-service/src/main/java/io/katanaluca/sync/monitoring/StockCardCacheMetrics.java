package io.katanaluca.sync.monitoring;

import io.katanaluca.sync.product.domain.StockCardCache;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the stock card cache bean, whichever implementation it is, in {@link MeteredStockCardCache}.
 * Consumers inject the {@link StockCardCache} port, never the implementation class, so the wrapper
 * is invisible to them. The registry is looked up late so this early bean does not pull it in early.
 */
class StockCardCacheMetrics implements BeanPostProcessor {

    private final ObjectProvider<MeterRegistry> registry;

    StockCardCacheMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof StockCardCache cache && !(bean instanceof MeteredStockCardCache)
                ? new MeteredStockCardCache(cache, registry.getObject())
                : bean;
    }
}
