package io.katanaluca.bench;

import io.katanaluca.bench.LogLogChart.Point;
import io.katanaluca.bench.LogLogChart.Series;
import io.katanaluca.bench.ScenarioResult.Scenario;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The chart of BENCHMARKS.md: run time against catalogue size, beside the lower bound, the C# pace and the seed's claim. */
final class TimeChart {

    private TimeChart() {
    }

    /** Only an invocation with full syncs has a curve to draw; the others leave the chart as it is. */
    static boolean hasSizes(List<ScenarioResult> results) {
        return !of(results, Scenario.FIRST_FULL).isEmpty();
    }

    static void write(List<ScenarioResult> results, Path file) throws IOException {
        List<ScenarioResult> first = of(results, Scenario.FIRST_FULL);
        List<Series> series = new ArrayList<>();
        series.add(new Series("first full sync (measured)", new Color(31, 119, 180), false, points(first, ScenarioResult::wall)));
        series.add(new Series("lower bound", Color.GRAY, false, points(first, r -> r.bound().total())));
        series.add(new Series("C# pacing (computed)", new Color(230, 126, 34), true, points(first, ScenarioResult::cSharp)));
        series.add(new Series("second run, unchanged", new Color(44, 160, 44), false, points(of(results, Scenario.SECOND), ScenarioResult::wall)));
        series.add(new Series("incremental, 1% changed", new Color(148, 103, 189), false,
                points(of(results, Scenario.INCREMENTAL), ScenarioResult::wall)));
        series.add(new Series("seed: 100 products ~2 min", new Color(214, 39, 40), false, List.of(new Point(100, 120))));
        new LogLogChart("Katana → Luca sync: run time against catalogue size", "variants", "seconds", series).writePng(file);
    }

    private static List<ScenarioResult> of(List<ScenarioResult> results, Scenario scenario) {
        return results.stream().filter(r -> r.scenario() == scenario).toList();
    }

    private static List<Point> points(List<ScenarioResult> results, Function<ScenarioResult, Duration> time) {
        return results.stream().sorted(Comparator.comparingInt(ScenarioResult::variants)).map(r -> new Point(r.variants(), time.apply(r).toNanos() / 1e9)).toList();
    }
}
