package io.katanaluca.sync.cluster;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.katanaluca.sync.katana.KatanaRateLimiter;
import io.katanaluca.sync.katana.KatanaRateLimiterContract;
import io.katanaluca.sync.katana.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/** The Katana budget of a cluster without Redis: Bucket4j on a real PostgreSQL, in the table of the service's migrations. */
class PostgresKatanaRateLimiterIntegrationTests extends KatanaRateLimiterContract {

    private static final DataSource DATABASE = EmbeddedServers.dataSource(EmbeddedServers.newPostgresDatabase("katana_budget", true));
    private static final AtomicLong KEYS = new AtomicLong();

    private long key;

    @Override
    protected KatanaRateLimiter newLimiter(int quota, Duration period, Clock clock, Sleeper sleeper) {
        key = KEYS.incrementAndGet();
        return sameBudgetAs(null, quota, period, clock, sleeper);
    }

    @Override
    protected KatanaRateLimiter sameBudgetAs(KatanaRateLimiter limiter, int quota, Duration period, Clock clock, Sleeper sleeper) {
        var buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(DATABASE)
                .table("katana_rate_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .clientClock(new ClockTimeMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        return new Bucket4jKatanaRateLimiter(buckets.builder().build(key, () -> Bucket4jKatanaRateLimiter.quota(quota, period)),
                quota, period, clock, sleeper);
    }
}
