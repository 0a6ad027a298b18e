package io.katanaluca.sync.run;

import static io.katanaluca.sync.run.RunStatus.FAILED;
import static io.katanaluca.sync.run.RunStatus.PARTIAL;
import static io.katanaluca.sync.run.RunStatus.QUEUED;
import static io.katanaluca.sync.run.RunStatus.RUNNING;
import static io.katanaluca.sync.run.RunStatus.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunStatusTests {

    @Test
    void shouldMakeAJobsStatusFromItsRuns() {
        assertThat(RunStatus.ofJob(List.of(QUEUED, QUEUED, QUEUED))).isEqualTo(QUEUED);
        assertThat(RunStatus.ofJob(List.of(SUCCESS, QUEUED, QUEUED))).isEqualTo(RUNNING);
        assertThat(RunStatus.ofJob(List.of(SUCCESS, FAILED, RUNNING))).isEqualTo(RUNNING);
        assertThat(RunStatus.ofJob(List.of(SUCCESS, SUCCESS, SUCCESS))).isEqualTo(SUCCESS);
        assertThat(RunStatus.ofJob(List.of(FAILED, FAILED, FAILED))).isEqualTo(FAILED);
        assertThat(RunStatus.ofJob(List.of(SUCCESS, FAILED, SUCCESS))).isEqualTo(PARTIAL);
        assertThat(RunStatus.ofJob(List.of(PARTIAL, SUCCESS, SUCCESS))).isEqualTo(PARTIAL);
    }
}
