package io.katanaluca.sync.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.katana.KatanaProperties;
import io.katanaluca.sync.katana.KatanaRateLimiter;
import io.katanaluca.sync.luca.InProcessLucaWritePermits;
import io.katanaluca.sync.luca.LucaSessionStore;
import io.katanaluca.sync.luca.LucaWritePermits;
import io.katanaluca.sync.product.domain.StockCardCache;
import io.katanaluca.sync.run.SyncProperties;
import io.katanaluca.sync.system.ClusterProperties;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Configuration alone picks where nodes share state: Redis when its URL is set, else PostgreSQL, else nothing is shared. */
class ClusterModeWiringIntegrationTests {

    private static final String POSTGRES = EmbeddedServers.newPostgresDatabase("wiring", true);

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, EmbeddedBackendsConfiguration.class, DatabaseBackendsConfiguration.class,
                    RedisBackendsConfiguration.class)
            .withPropertyValues("katana.api-key=katana-demo-key");

    @Test
    void shouldShareNothingOnH2() {
        context.withPropertyValues("spring.datasource.url=jdbc:h2:mem:wiring")
                .run(started -> {
                    assertThat(started).hasSingleBean(LucaWritePermits.class).doesNotHaveBean(LucaSessionStore.class)
                            .doesNotHaveBean(KatanaRateLimiter.class).doesNotHaveBean(StockCardCache.class);
                    assertThat(started.getBean(LucaWritePermits.class)).isInstanceOf(InProcessLucaWritePermits.class);
                });
    }

    @Test
    void shouldShareThroughPostgreSqlWithoutRedis() {
        context.withPropertyValues("spring.datasource.url=" + POSTGRES)
                .run(started -> {
                    assertThat(started.getBean(LucaSessionStore.class)).isInstanceOf(JdbcLucaSessionStore.class);
                    assertThat(started.getBean(LucaWritePermits.class)).isInstanceOf(JdbcLucaWritePermits.class);
                    assertThat(started.getBean(KatanaRateLimiter.class)).isInstanceOf(Bucket4jKatanaRateLimiter.class);
                    assertThat(started).doesNotHaveBean(StockCardCache.class);
                });
    }

    @Test
    void shouldShareThroughRedisWhenItsUrlIsSet() {
        context.withPropertyValues("spring.datasource.url=" + POSTGRES, "spring.data.redis.url=" + EmbeddedServers.redisUrl())
                .run(started -> {
                    assertThat(started.getBean(LucaSessionStore.class)).isInstanceOf(RedisLucaSessionStore.class);
                    assertThat(started.getBean(LucaWritePermits.class)).isInstanceOf(RedisLucaWritePermits.class);
                    assertThat(started.getBean(KatanaRateLimiter.class)).isInstanceOf(Bucket4jKatanaRateLimiter.class);
                    assertThat(started.getBean(StockCardCache.class)).isInstanceOf(RedisStockCardCache.class);
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({SyncProperties.class, ClusterProperties.class, KatanaProperties.class})
    static class Settings {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        DataSource dataSource(org.springframework.core.env.Environment environment) {
            return EmbeddedServers.dataSource(environment.getProperty("spring.datasource.url"));
        }

        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            return new JdbcTemplate(dataSource);
        }
    }
}
