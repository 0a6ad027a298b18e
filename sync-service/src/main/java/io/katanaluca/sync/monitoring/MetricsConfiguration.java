package io.katanaluca.sync.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the cache metrics post-processor; static, as Spring wants for post-processors. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    static StockCardCacheMetrics stockCardCacheMetrics(ObjectProvider<MeterRegistry> registry) {
        return new StockCardCacheMetrics(registry);
    }
}
