package io.katanaluca.sync.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.katanaluca.sync.run.RunStatus;
import org.junit.jupiter.api.Test;

class QueueStateTests {

    @Test
    void shouldNameEveryRunStatusInTheQueuesWordsWithAPartialRunAsSucceeded() {
        assertThat(QueueState.of(RunStatus.QUEUED)).isEqualTo(QueueState.ENQUEUED);
        assertThat(QueueState.of(RunStatus.RUNNING)).isEqualTo(QueueState.PROCESSING);
        assertThat(QueueState.of(RunStatus.SUCCESS)).isEqualTo(QueueState.SUCCEEDED);
        assertThat(QueueState.of(RunStatus.PARTIAL)).isEqualTo(QueueState.SUCCEEDED);
        assertThat(QueueState.of(RunStatus.FAILED)).isEqualTo(QueueState.FAILED);
    }

    @Test
    void shouldFilterSucceededOnBothFinishedStatusesAndScheduledOnNone() {
        assertThat(QueueState.SUCCEEDED.statuses()).containsExactlyInAnyOrder(RunStatus.SUCCESS, RunStatus.PARTIAL);
        assertThat(QueueState.SCHEDULED.statuses()).isEmpty();
    }
}
