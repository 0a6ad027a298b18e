package io.katanaluca.bench;

import io.katanaluca.bench.ServiceApi.RunOutcome;
import java.time.Duration;
import java.util.Map;

/**
 * One measured run: what the service reported, what the simulators counted, memory, and the
 * bound and the C# pace for the same work.
 *
 * @param wall from just before the start request to the run's end as the service recorded it
 */
record ScenarioResult(Scenario scenario, int variants, int products, String xmx, RunWork work, LowerBound bound, Duration cSharp,
        RunOutcome outcome, Duration wall, Counts cost, MemoryProbe.Peaks peaks, int apiClients, Map<String, LatencyStats> apiLatencies) {

    double efficiency() {
        return bound.efficiencyOf(wall);
    }

    /** The efficiency the run would have had if it had not waited in the job queue. */
    double efficiencyWithoutQueue() {
        return bound.efficiencyOf(wall.minus(outcome.queued()));
    }

    /**
     * Calls beyond the work itself, inferred from the simulators' counts: Luca calls past 3 per
     * login, the 2 warm-up calls and one per record written; plus Katana's 429 answers.
     */
    long retries() {
        long lucaExpected = 3 * cost.lucaLogins() + LowerBound.WARM_UP_CALLS + outcome.written();
        return Math.max(0, cost.lucaTotal() - lucaExpected) + cost.katanaTooMany();
    }

    enum Scenario {
        FIRST_FULL("first full sync", "FULL"),
        SECOND("second run, nothing changed", "FULL"),
        INCREMENTAL("incremental, 1% changed", "INCREMENTAL"),
        UNDER_API_LOAD("first full sync under API load", "FULL");

        private final String label;
        private final String mode;

        Scenario(String label, String mode) {
            this.label = label;
            this.mode = mode;
        }

        String label() {
            return label;
        }

        String mode() {
            return mode;
        }
    }
}
