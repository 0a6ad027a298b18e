package io.katanaluca.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CSharpPacingTest {

    private final LatencyProfile profile = LatencyProfile.issueDefaults();

    @Test
    void shouldSendOneByOneWithPausesAfterEachWriteAndBetweenBatches() {
        // 1,000 × (50 + 25) ms, and 19 pauses of 2 s between 20 batches of 50.
        assertThat(CSharpPacing.writes(profile, 1_000)).isEqualTo(Duration.ofSeconds(75 + 38));
    }

    @Test
    void shouldNotPauseAfterASingleBatch() {
        assertThat(CSharpPacing.writes(profile, 50)).isEqualTo(Duration.ofMillis(3_750));
        assertThat(CSharpPacing.writes(profile, 0)).isZero();
    }

    @Test
    void shouldAddKatanaLoginAndListingInSequence() {
        assertThat(CSharpPacing.of(profile, new RunWork(1, 100, true)))
                .isEqualTo(Duration.ofMillis(100 + 150 + 100 + 7_500 + 2_000));
    }
}
