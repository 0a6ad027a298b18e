package io.katanaluca.sync.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.run.SyncRun;
import org.junit.jupiter.api.Test;

class RunViewTests {

    @Test
    void shouldNotShowAHundredPercentWhileARecordIsLeftNorZeroOnceOneIsDone() {
        assertThat(RunView.Progress.of(new SyncRun.Counters(2820, 2819, 2819, 0, 2819, 0, 0)).percent()).isEqualTo(99.9);
        assertThat(RunView.Progress.of(new SyncRun.Counters(2820, 1, 1, 0, 1, 0, 0)).percent()).isEqualTo(0.1);
        assertThat(RunView.Progress.of(new SyncRun.Counters(2820, 2820, 2819, 1, 2819, 0, 0)).percent()).isEqualTo(100.0);
        assertThat(RunView.Progress.of(SyncRun.Counters.ZERO).percent()).isEqualTo(0.0);
    }
}
