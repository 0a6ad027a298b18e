package io.katanaluca.bench;

import io.katanaluca.bench.ScenarioResult.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The section one benchmark invocation appends to BENCHMARKS.md. */
final class MarkdownReport {

    static final String SEED_CLAIM = "100 products in ~2 min, 1 login per run, ~95% cache hits";
    private static final Duration SEED_100_PRODUCTS = Duration.ofMinutes(2);

    private final Machine machine;
    private final LatencyProfile profile;
    private final String command;
    private final String note;
    private final List<ScenarioResult> results;
    private final List<InvoiceResult> invoices;
    private final List<String> problems;
    private final StringBuilder out = new StringBuilder();

    MarkdownReport(Machine machine, LatencyProfile profile, String command, String note, List<ScenarioResult> results,
            List<InvoiceResult> invoices, List<String> problems) {
        this.machine = machine;
        this.profile = profile;
        this.command = command;
        this.note = note;
        this.results = results;
        this.invoices = invoices;
        this.problems = problems;
    }

    String render(Path chartLink) {
        header();
        if (!results.isEmpty()) {
            runs();
        }
        invoiceRuns();
        comparison();
        apiLoad();
        if (TimeChart.hasSizes(results)) {
            chart(chartLink);
        }
        return out.toString();
    }

    private void chart(Path chartLink) {
        line("![Run time against catalogue size, beside the lower bound and the C# pacing](" + chartLink.toString().replace('\\', '/')
                + ") (the chart always shows the latest invocation with full syncs)");
        line("");
    }

    private void header() {
        line("## " + machine.date() + ", commit " + machine.commit());
        line("");
        line("- Machine: " + machine.cpus() + " CPUs, " + machine.memory() + " memory, " + machine.java() + "; load average before the run "
                + machine.loadBefore() + " (1/5/15 min), after " + Machine.loadAverage() + ".");
        if (machine.wasLoaded()) {
            line("- **Taken on a loaded machine**: other builds and tests ran on the same CPUs during the benchmark, so every time is"
                    + " longer (and every efficiency lower) than the service alone would give.");
        }
        line("- Latency profile: " + profile.describe() + ".");
        line("- Command: `" + command + "`");
        if (!note.isBlank()) {
            line("- " + note);
        }
        problems.forEach(problem -> line("- **Not measured**: " + problem));
        line("");
    }

    private void invoiceRuns() {
        if (invoices.isEmpty()) {
            return;
        }
        line("| delivered orders | invoices created (held by Luca; distinct) | wall time | lower bound (set by) | efficiency | invoices/s | Luca calls | Luca calls by endpoint | Katana calls | logins | queued | status | targets |");
        line("|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|---|");
        for (InvoiceResult r : invoices) {
            line(String.format(Locale.ROOT, "| %,d | %,d (%,d; %,d) | %s | %s (%s) | %.2f | %.1f | %,d | %s | %,d | %d | %s | %s | %s |", r.orders(),
                    r.outcome().created(), r.held(), r.unique(), Progress.seconds(r.wall()), Progress.seconds(r.bound().total()), r.bound().limitedBy(),
                    r.efficiency(), r.throughput(), r.cost().lucaTotal(), lucaCalls(r.cost().lucaCalls()), r.cost().katanaRequests(), r.cost().lucaLogins(),
                    Progress.seconds(r.outcome().queued()), r.outcome().hasEnded() ? r.outcome().status() : "**not ended**",
                    r.targets().stream().map(Target::render).collect(Collectors.joining("<br>"))));
        }
        line("");
        line("Sales invoices: a fresh SALES_INVOICE run over the delivered orders, after a product and a customer run of their catalogue"
                + " (not measured). Lower bound: 2 Luca calls an order (the lookup by `belgeTakipNo` that exactly once needs before each"
                + " create, and the create) with " + profile.parallelism() + " in flight, or Katana's order pages and tax rate list one after"
                + " another, whichever is longer; the session is live from the master data runs.");
        line("");
    }

    private void runs() {
        line("| variants | run | wall time | lower bound (set by) | efficiency (without the queue wait) | Luca writes | Luca calls by endpoint | Katana calls (pages needed; 429s) | logins | retries | queued | peak heap (-Xmx) | peak RSS | status | targets |");
        line("|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|---|");
        for (ScenarioResult r : results) {
            line(String.format(Locale.ROOT, "| %,d | %s | %s | %s (%s) | %.2f (%.2f) | %,d | %s | %,d (%d; %d) | %d | %s | %s | %s (%s) | %s | %s | %s |",
                    r.variants(), r.scenario().label(), Progress.seconds(r.wall()), Progress.seconds(r.bound().total()), r.bound().limitedBy(),
                    r.efficiency(), r.efficiencyWithoutQueue(), r.cost().lucaWrites(), lucaCalls(r.cost().lucaCalls()), r.cost().katanaRequests(), r.work().katanaPages(),
                    r.cost().katanaTooMany(), r.cost().lucaLogins(), retries(r), Progress.seconds(r.outcome().queued()),
                    Progress.mebibytes(r.peaks().heapBytes()), r.xmx(), Progress.mebibytes(r.peaks().rssBytes()), status(r),
                    Target.of(r).stream().map(Target::render).collect(Collectors.joining("<br>"))));
        }
        line("");
        line("Wall time runs from just before `POST /api/sync/start` to the run's `endedAt`; *queued* is `startedAt - createdAt`, the time"
                + " the run waited for a JobRunr worker. Luca and Katana calls are the simulators' own counts for the run; *retries* are"
                + " inferred from them (Luca calls beyond 3 per login, 2 for the warm-up and 1 per record written, plus Katana 429s)."
                + " Peak heap is the larger of the last heap use before any collection (`-Xlog:gc`) and `jstat -gc` samples every"
                + " 250 ms; peak RSS is `VmHWM`, reset before each run.");
        line("");
    }

    private void comparison() {
        if (of(Scenario.FIRST_FULL).isEmpty()) {
            return;
        }
        line("| variants | first full sync | lower bound | C# pacing, same latencies | second run (unchanged share) | seed's claim |");
        line("|---:|---:|---:|---:|---:|---|");
        for (ScenarioResult first : of(Scenario.FIRST_FULL)) {
            Optional<ScenarioResult> second = of(Scenario.SECOND).stream().filter(r -> r.variants() == first.variants()).findFirst();
            line(String.format(Locale.ROOT, "| %,d | %s | %s | %s (%.1f× ours) | %s | %s |", first.variants(), Progress.seconds(first.wall()),
                    Progress.seconds(first.bound().total()), Progress.seconds(first.cSharp()), ratio(first.cSharp(), first.wall()),
                    second.map(MarkdownReport::secondRun).orElse("—"), first.variants() == 100 ? seedComparison(first) : "—"));
        }
        line("");
        line("C# pacing: the earlier implementation's stock-card send (reference `luca-api.md` §4): sequential, 25 ms after each write,"
                + " 2 s between batches of 50, after reading Katana, logging in and listing; computed for the same latencies, not measured.");
        line("");
    }

    /** Inferred from counts, so only for a run that ended: an unfinished one has writes in flight. */
    private static String retries(ScenarioResult r) {
        return r.outcome().hasEnded() ? String.valueOf(r.retries()) : "—";
    }

    private static String secondRun(ScenarioResult second) {
        int total = second.outcome().total();
        double share = total == 0 ? 0 : 100.0 * second.outcome().unchanged() / total;
        return String.format(Locale.ROOT, "%s, %,d writes (%.0f%% skipped without a Luca call)", Progress.seconds(second.wall()),
                second.cost().lucaWrites(), share);
    }

    private static String seedComparison(ScenarioResult first) {
        return String.format(Locale.ROOT, "%s: ours %.0f× faster, %d login", SEED_CLAIM, ratio(SEED_100_PRODUCTS, first.wall()),
                first.cost().lucaLogins());
    }

    private void apiLoad() {
        for (ScenarioResult loaded : of(Scenario.UNDER_API_LOAD)) {
            String sync = loaded.outcome().hasEnded()
                    ? String.format(Locale.ROOT, "the sync took %s, efficiency %.2f", Progress.seconds(loaded.wall()), loaded.efficiency())
                    : String.format(Locale.ROOT, "the sync had not ended after %s: %,d of %,d done", Progress.seconds(loaded.wall()),
                            loaded.outcome().processed(), loaded.outcome().total());
            line(String.format(Locale.ROOT, "API latency with %d concurrent clients (closed loop, no think time) during a full sync of %,d variants"
                    + " (%s):", loaded.apiClients(), loaded.variants(), sync));
            line("");
            line("| endpoint | requests | errors | p50 | p99 | max |");
            line("|---|---:|---:|---:|---:|---:|");
            loaded.apiLatencies().forEach((endpoint, stats) -> line(String.format(Locale.ROOT, "| `%s` | %,d | %d | %s | %s | %s |", endpoint,
                    stats.count(), stats.errors(), Progress.millis(stats.p50()), Progress.millis(stats.p99()), Progress.millis(stats.max()))));
            if (loaded.apiLatencies().size() == 1) {
                line("");
                line("`GET /api/sync/dashboard/summary` answered no 2xx on this service version, so only the job endpoint was measured.");
            }
            line("");
        }
    }

    private List<ScenarioResult> of(Scenario scenario) {
        return results.stream().filter(r -> r.scenario() == scenario).toList();
    }

    private static String status(ScenarioResult r) {
        if (!r.outcome().hasEnded()) {
            return String.format(Locale.ROOT, "**not ended** when the benchmark stopped waiting (%,d of %,d done; the wall time is a minimum)",
                    r.outcome().processed(), r.outcome().total());
        }
        return r.outcome().errorMessage() == null ? r.outcome().status() : r.outcome().status() + ": " + r.outcome().errorMessage();
    }

    static String lucaCalls(Map<String, Long> calls) {
        return calls.entrySet().stream().map(e -> e.getKey().replace(".do", "") + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static double ratio(Duration a, Duration b) {
        return b.isZero() ? 0 : (double) a.toNanos() / b.toNanos();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
