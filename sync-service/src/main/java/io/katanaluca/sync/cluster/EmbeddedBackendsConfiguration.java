package io.katanaluca.sync.cluster;

import io.katanaluca.sync.luca.InProcessLucaWritePermits;
import io.katanaluca.sync.luca.LucaWritePermits;
import io.katanaluca.sync.run.SyncProperties;
import io.katanaluca.sync.system.ClusterMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * One node on H2: nothing is shared. The Luca session stays in the session manager, the Katana
 * budget is {@code KatanaRateBudget}, the cache Caffeine (each wired beside its own class).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ClusterMode.OnEmbedded.class)
class EmbeddedBackendsConfiguration {

    @Bean
    LucaWritePermits inProcessLucaWritePermits(SyncProperties sync) {
        return new InProcessLucaWritePermits(sync.parallelism());
    }
}
