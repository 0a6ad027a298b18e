package io.katanaluca.bench;

import io.katanaluca.bench.ScenarioResult.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A target of issue 6, printed beside the figures whether it was met or not. */
record Target(String text, boolean met) {

    static final double EFFICIENCY = 0.85;
    static final Duration UNCHANGED_10K_LIMIT = Duration.ofSeconds(3);

    String render() {
        return (met ? "✅ " : "❌ ") + text;
    }

    /** The targets that apply to this run; sizes the issue sets none for get only the one-login check. */
    static List<Target> of(ScenarioResult result) {
        if (!result.outcome().hasEnded()) {
            return List.of(new Target("the run ended while the benchmark waited", false));
        }
        List<Target> targets = new ArrayList<>();
        long writes = result.cost().lucaWrites();
        int size = result.variants();
        Scenario scenario = result.scenario();
        if (scenario == Scenario.FIRST_FULL && (size == 1_000 || size == 10_000)) {
            targets.add(new Target("efficiency ≥ " + EFFICIENCY, result.efficiency() >= EFFICIENCY));
        }
        if (scenario == Scenario.SECOND) {
            boolean fast = size != 10_000 || result.wall().compareTo(UNCHANGED_10K_LIMIT) <= 0;
            targets.add(new Target(size == 10_000 ? "0 Luca writes, ≤ 3 s" : "0 Luca writes", writes == 0 && fast));
        }
        if (scenario == Scenario.INCREMENTAL) {
            int changed = result.work().lucaWrites();
            targets.add(new Target("exactly " + changed + " writes", writes == changed));
        }
        if (size >= 100_000) {
            targets.add(new Target("completes with -Xmx" + result.xmx(), "SUCCESS".equals(result.outcome().status())));
        }
        targets.add(new Target("≤ 1 login", result.cost().lucaLogins() <= 1));
        return targets;
    }
}
