package io.katanaluca.sync.cluster;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.katanaluca.sync.katana.KatanaProperties;
import io.katanaluca.sync.katana.KatanaRateLimiter;
import io.katanaluca.sync.katana.Sleeper;
import io.katanaluca.sync.luca.LucaSessionStore;
import io.katanaluca.sync.luca.LucaWritePermits;
import io.katanaluca.sync.run.SyncProperties;
import io.katanaluca.sync.system.ClusterMode;
import io.katanaluca.sync.system.ClusterProperties;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL and no Redis: the nodes share the Luca session, its login lock, the write permits
 * and the Katana budget (Bucket4j, {@code SELECT ... FOR UPDATE}) through the database; each node
 * keeps its own in-process stock card cache.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ClusterMode.OnDatabase.class)
class DatabaseBackendsConfiguration {

    @Bean
    LucaSessionStore jdbcLucaSessionStore(JdbcTemplate jdbc, Clock clock) {
        return new JdbcLucaSessionStore(jdbc, clock);
    }

    @Bean
    LucaWritePermits jdbcLucaWritePermits(JdbcTemplate jdbc, SyncProperties sync, ClusterProperties cluster, Clock clock) {
        return new JdbcLucaWritePermits(jdbc, sync.parallelism(), cluster.writePermitLease(), clock);
    }

    @Bean
    KatanaRateLimiter postgresKatanaRateLimiter(DataSource dataSource, KatanaProperties katana, Clock clock) {
        var buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .table("katana_rate_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        var bucket = buckets.builder().build(KatanaBudgetKey.numericHashOf(katana.apiKey()),
                () -> Bucket4jKatanaRateLimiter.quota(katana.rateLimitRequests(), katana.rateLimitPeriod()));
        return new Bucket4jKatanaRateLimiter(bucket, katana.rateLimitRequests(), katana.rateLimitPeriod(), clock, Sleeper.SYSTEM);
    }
}
