package io.katanaluca.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LowerBoundTest {

    private final LatencyProfile profile = LatencyProfile.issueDefaults();

    @Test
    void shouldBeSetByLucaForTenThousandCreates() {
        LowerBound bound = LowerBound.of(profile, new RunWork(14, 10_000, true));

        assertThat(bound.luca()).isEqualTo(Duration.ofSeconds(100));
        assertThat(bound.katana()).isEqualTo(Duration.ofMillis(1_400));
        assertThat(bound.total()).isEqualTo(Duration.ofMillis(100_000 + 150 + 100));
        assertThat(bound.limitedBy()).isEqualTo("Luca");
    }

    @Test
    void shouldBeAboutThousandSecondsForHundredThousandVariants() {
        LowerBound bound = LowerBound.of(profile, new RunWork(134, 100_000, true));

        assertThat(bound.total()).isEqualTo(Duration.ofMillis(1_000_000 + 250));
    }

    @Test
    void shouldPageWithinOneWindowAtPageLatency() {
        assertThat(LowerBound.katanaPaging(profile, 60)).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void shouldWaitForTheNextWindowBeyondTheQuota() {
        // 60 pages in the first window, 60 after it reopens at 60 s, 14 after 120 s.
        assertThat(LowerBound.katanaPaging(profile, 134)).isEqualTo(Duration.ofMillis(121_400));
    }

    @Test
    void shouldCountARoundOfParallelWritesForFewerWritesThanParallelism() {
        assertThat(LowerBound.lucaWrites(profile, 1)).isEqualTo(Duration.ofMillis(50));
        assertThat(LowerBound.lucaWrites(profile, 100)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void shouldLeaveOutTheLoginWhenTheSessionIsStillLive() {
        LowerBound bound = LowerBound.of(profile, new RunWork(1, 0, false));

        assertThat(bound.total()).isEqualTo(Duration.ofMillis(100 + 100));
        assertThat(bound.limitedBy()).isEqualTo("Katana");
    }

    @Test
    void shouldRateTheMeasuredTimeAgainstTheBound() {
        LowerBound bound = LowerBound.of(profile, new RunWork(1, 1_000, true));

        assertThat(bound.efficiencyOf(bound.total().multipliedBy(2))).isEqualTo(0.5);
    }

    @Test
    void shouldCountALookupAndACreatePerInvoiceFiveAtATime() {
        LowerBound bound = LowerBound.ofInvoices(profile, 1_000);

        assertThat(bound.luca()).as("2,000 calls, 5 in flight, 50 ms each").isEqualTo(Duration.ofSeconds(20));
        assertThat(bound.katana()).as("4 order pages and the tax rate list").isEqualTo(Duration.ofMillis(500));
        assertThat(bound.total()).isEqualTo(Duration.ofSeconds(20));
        assertThat(bound.limitedBy()).isEqualTo("Luca");
    }
}
