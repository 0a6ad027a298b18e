package io.katanaluca.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void shouldGiveNearestRankPercentiles() {
        long[] millis = LongStream.rangeClosed(1, 100).map(ms -> Duration.ofMillis(ms).toNanos()).toArray();

        LatencyStats stats = LatencyStats.of(millis, 2);

        assertThat(stats.p50()).isEqualTo(Duration.ofMillis(50));
        assertThat(stats.p99()).isEqualTo(Duration.ofMillis(99));
        assertThat(stats.max()).isEqualTo(Duration.ofMillis(100));
        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.errors()).isEqualTo(2);
    }

    @Test
    void shouldBeZeroWithoutRequests() {
        assertThat(LatencyStats.of(new long[0], 0).p99()).isZero();
    }
}
